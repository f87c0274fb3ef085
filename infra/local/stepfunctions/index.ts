export { executionArn, stateMachineArn } from './arns';
export { renderDefinition } from './render-definition';
export type { LocalStepFunctions } from './server';
export { startStepFunctions } from './server';
export type { StateMachineInput } from './service';
