export { PrismaButton } from './PrismaButton';
