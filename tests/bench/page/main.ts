import { exposeBenchApi } from './api';
import { exposeSearchBench } from './search';

exposeBenchApi();
exposeSearchBench();
