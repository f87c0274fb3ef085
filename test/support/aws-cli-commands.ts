/**
 * Every AWS CLI command shown in a text's fenced code blocks (or in lines such as `npm start`
 * prints): continuation lines joined, a trailing `# comment` dropped, and whatever precedes the
 * command on its line (a label such as `AWS CLI:`) left out; leading `NAME=value` assignments kept.
 */
export function awsCliCommandsIn(markdown: string): string[] {
  return codeBlocksOf(markdown).flatMap(awsCliCommandsInLines);
}

/** The AWS CLI commands of plain lines (no code fences), as {@link awsCliCommandsIn} finds them. */
export function awsCliCommandsInLines(text: string): string[] {
  const lines = text.replace(/\s*\\\n\s*/g, ' ').split('\n');
  return lines.flatMap((line) => {
    const found = /(?:^|\s)((?:[A-Z][A-Z0-9_]*=\S+\s+)*aws\s+[a-z0-9-]+\s+[a-z0-9-]+.*)$/.exec(line);
    return found ? [found[1]!.replace(/\s+#\s.*$/, '').trim()] : [];
  });
}

function codeBlocksOf(markdown: string): string[] {
  return [...markdown.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((block) => block[1]!);
}
