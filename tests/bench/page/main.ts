import { exposeBenchApi } from './api';
import { exposeBackupBench } from './backup';
import { exposeExportBench } from './export';
import { exposeSearchBench } from './search';
import { exposeScreeningBench } from './screening';
import { exposePickersBench } from './pickers';
import { exposeSyncBench } from './sync';

exposeBenchApi();
exposeSearchBench();
exposeBackupBench();
exposeExportBench();
exposeScreeningBench();
exposePickersBench();
exposeSyncBench();
