export { startApiGateway, maxBodyBytes, type ApiGateway } from './server';
