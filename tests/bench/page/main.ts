import { exposeBenchApi } from './api';
import { exposeBackupBench } from './backup';
import { exposeExportBench } from './export';
import { exposeSearchBench } from './search';
import { exposeScreeningBench } from './screening';
import { exposePickersBench } from './pickers';

exposeBenchApi();
exposeSearchBench();
exposeBackupBench();
exposeExportBench();
exposeScreeningBench();
exposePickersBench();
