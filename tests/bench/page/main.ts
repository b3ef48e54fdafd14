import { exposeBenchApi } from './api';
import { exposeBackupBench } from './backup';
import { exposeExportBench } from './export';
import { exposeSearchBench } from './search';

exposeBenchApi();
exposeSearchBench();
exposeBackupBench();
exposeExportBench();
