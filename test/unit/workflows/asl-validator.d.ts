/** asl-validator 4 ships no types; this is the part its README documents. */
declare module 'asl-validator' {
  interface AslValidation {
    readonly isValid: boolean;
    readonly errors: readonly { readonly message: string }[];
    errorsText(separator?: string): string;
  }
  export default function aslValidator(definition: unknown, options?: { checkPaths?: boolean; checkArn?: boolean }): AslValidation;
}
