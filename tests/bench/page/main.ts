import { exposeBenchApi } from './api';

exposeBenchApi();
