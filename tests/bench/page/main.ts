import { exposeBenchApi } from './api';
import { exposeBackupBench } from './backup';
import { exposeSearchBench } from './search';

exposeBenchApi();
exposeSearchBench();
exposeBackupBench();
