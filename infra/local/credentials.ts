/** The static credentials every local client and handler uses; the local services accept any. */
export const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' } as const;
