import { parse, type Node, type Options } from "acorn";

/**
 * Why a script would not run in an engine of the given edition: a parse error of the whole script (acorn
 * checks regex literals per edition too: lookbehind, named groups, `\p{…}` and the `s` flag are ES2018), or a
 * `RegExp("…", "…")` built from literal strings that some target webview would throw on when the line runs:
 * those are compiled at run time, so the bar is what every target supports: the flags gimsuy (no d, no v)
 * and no lookbehind (Safari has it only from 16.4). Each problem carries the code around it.
 */
export function syntaxProblems(source: string, ecmaVersion: 3 | 2017): string[] {
  // ES3: no reserved words as property names either (`o.default`), as in Internet Explorer's old parser.
  const options: Options = {
    ecmaVersion,
    sourceType: "script",
    ...(ecmaVersion === 3 ? { allowReserved: "never" as const } : {}),
  };
  let ast: Node;
  try {
    ast = parse(source, options);
  } catch (error) {
    return [describe(error, source)];
  }
  const problems: string[] = [];
  visit(ast, (node) => {
    const call = node as Node & {
      callee?: Node & { name?: string };
      arguments?: (Node & { value?: unknown })[];
    };
    if (node.type !== "NewExpression" && node.type !== "CallExpression") return;
    if (call.callee?.type !== "Identifier" || call.callee.name !== "RegExp") return;
    const [pattern, flags] = call.arguments ?? [];
    if (pattern?.type !== "Literal" || typeof pattern.value !== "string") return;
    if (flags !== undefined && (flags.type !== "Literal" || typeof flags.value !== "string")) return;
    const literal = `/${asRegexBody(pattern.value)}/${(flags?.value as string | undefined) ?? ""}`;
    const problem = runtimeRegexProblem(literal);
    if (problem !== null)
      problems.push(`${problem}; RegExp built at ${describe({ pos: node.start }, source)}`);
  });
  return problems;
}

/** Why a regex compiled at run time fails in some target webview, or null. */
function runtimeRegexProblem(literal: string): string | null {
  try {
    parse(literal, { ecmaVersion: "latest" });
  } catch (error) {
    return describe(error, literal);
  }
  if (!/\/[gimsuy]*$/.test(literal)) return `a flag Safari 14 lacks in ${literal}`;
  return hasLookbehind(literal) ? `lookbehind in ${literal}` : null;
}

/** `(?<=` or `(?<!` outside an escape (a character class cannot hold `(?`). */
function hasLookbehind(literal: string): boolean {
  for (let i = 0; i < literal.length; i++) {
    if (literal[i] === "\\") i++;
    else if (literal.startsWith("(?<=", i) || literal.startsWith("(?<!", i)) return true;
  }
  return false;
}

/** Every node of an ESTree, depth first. */
function visit(node: Node, enter: (node: Node) => void): void {
  enter(node);
  for (const value of Object.values(node) as unknown[]) {
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (child !== null && typeof child === "object" && typeof (child as Node).type === "string")
        visit(child as Node, enter);
    }
  }
}

/** A RegExp source string written as the body of a regex literal (slashes and line breaks escaped). */
function asRegexBody(pattern: string): string {
  let out = "";
  let escaped = false;
  for (const char of pattern) {
    if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "/" && !escaped) out += "\\/";
    else out += char;
    escaped = !escaped && char === "\\";
  }
  return out;
}

function describe(error: unknown, source: string): string {
  const pos = (error as { pos?: number }).pos ?? 0;
  const message = error instanceof Error ? error.message : "";
  const around = source.slice(Math.max(0, pos - 60), pos + 60).replace(/\s+/g, " ");
  return `${message}${message ? " " : ""}[at offset ${pos}: …${around}…]`;
}
