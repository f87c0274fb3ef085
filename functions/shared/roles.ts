/** The Cognito group whose members may use the agent routes (the user pool creates it). */
export const agentGroup = 'agents';
