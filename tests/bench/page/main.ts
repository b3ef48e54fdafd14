import { exposeBenchApi } from './api';
import { exposeBackupBench } from './backup';
import { exposeExportBench } from './export';
import { exposeSearchBench } from './search';
import { exposeScreeningBench } from './screening';

exposeBenchApi();
exposeSearchBench();
exposeBackupBench();
exposeExportBench();
exposeScreeningBench();
