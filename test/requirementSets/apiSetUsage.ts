import ts from "typescript";

/**
 * Every Excel.* and Office.* member some code uses, found by the TypeScript checker (so aliases, unions
 * and contextually typed object literals count too), with the requirement set its `@types/office-js`
 * JSDoc names (`[Api set: ExcelApi 1.9]`), and for each one above the floor, what lets it be used there.
 *
 * Allowed above the floor (ExcelApi 1.7), by convention:
 * - lexically behind a capability flag: a property or const documented `@apiSet ExcelApi 1.x` (see
 *   src/adapters/office/capabilities.ts) tested by an `if`/`?:`/`&&` around the use, an early exit
 *   (`if (!caps.x) return;`) before it, or a `false` branch of its negation;
 * - inside a function documented `@apiSet ExcelApi 1.x`, whose every call is itself behind such a flag;
 * - a member of a class or interface introduced in that same set or later (an Excel.PageLayout can only
 *   come from Worksheet.pageLayout, which is checked where it is read).
 * Flags are only set from capabilities or `false`: an object literal giving an `@apiSet` property any other
 * value is a problem too (detectCapabilities is checked at run time instead, in the test).
 */
export interface ApiSet {
  readonly name: string;
  readonly version: string;
}

export interface ApiUse {
  /** e.g. `Excel.Worksheet.pageLayout`. */
  readonly member: string;
  /** Null: the docs name no set (Office's common API, members every version has). */
  readonly set: ApiSet | null;
  readonly file: string;
  readonly line: number;
  /** What allows it above the floor; null when it is at or below the floor. */
  readonly allowedBy: string | null;
}

export interface ApiSetReport {
  readonly uses: readonly ApiUse[];
  /** Uses above the floor with nothing to allow them, unguarded calls of marked functions, bad flags. */
  readonly problems: readonly string[];
}

export const FLOOR: ApiSet = { name: "ExcelApi", version: "1.7" };

/** Whether `have` includes everything of `need` (same set, same or later version). */
export function covers(have: ApiSet, need: ApiSet): boolean {
  if (have.name !== need.name) return false;
  const [a = 0, b = 0] = have.version.split(".").map(Number);
  const [c = 0, d = 0] = need.version.split(".").map(Number);
  return a > c || (a === c && b >= d);
}

export const formatSet = (set: ApiSet | null): string => (set ? `${set.name} ${set.version}` : "—");

export function apiSetUsage(
  program: ts.Program,
  files: readonly string[],
  options: { readonly relativeTo: string; readonly detectionFile?: string },
): ApiSetReport {
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  const problems: string[] = [];
  const where = (node: ts.Node): { file: string; line: number } => {
    const source = node.getSourceFile();
    const file = source.fileName.startsWith(options.relativeTo)
      ? source.fileName.slice(options.relativeTo.length).replace(/^\//, "")
      : source.fileName;
    return { file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 };
  };

  const record = (node: ts.Node, declaration: ts.Declaration): void => {
    if (!isOfficeJs(declaration)) return;
    const member = qualifiedName(declaration);
    if (!/^(Excel|Office)\b/.test(member)) return;
    const set = documentedSet(declaration);
    let allowedBy: string | null = null;
    if (set !== null && !covers(FLOOR, set)) {
      allowedBy = ofNewerType(declaration, set) ?? guardOf(node, set);
      if (allowedBy === null)
        problems.push(`${member} (${formatSet(set)}) at ${at(node)} is not behind a capability of its set`);
    }
    uses.push({ member, set, ...where(node), allowedBy });
  };
  const at = (node: ts.Node): string => {
    const { file, line } = where(node);
    return `${file}:${line}`;
  };

  /** The capability flags an expression being `truthy` (or falsy) implies. */
  const capabilitiesIn = (expression: ts.Expression, truthy: boolean): { set: ApiSet; name: string }[] => {
    const inner = ts.skipPartiallyEmittedExpressions(expression);
    if (ts.isParenthesizedExpression(inner)) return capabilitiesIn(inner.expression, truthy);
    if (ts.isPrefixUnaryExpression(inner) && inner.operator === ts.SyntaxKind.ExclamationToken)
      return capabilitiesIn(inner.operand, !truthy);
    if (ts.isBinaryExpression(inner)) {
      const both =
        (truthy && inner.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) ||
        (!truthy && inner.operatorToken.kind === ts.SyntaxKind.BarBarToken);
      return both ? [...capabilitiesIn(inner.left, truthy), ...capabilitiesIn(inner.right, truthy)] : [];
    }
    if (!truthy) return [];
    const flag = capabilityFlag(inner);
    return flag ? [flag] : [];
  };

  /** A property or const documented `@apiSet …`, or a const initialised from one. */
  const capabilityFlag = (expression: ts.Expression, depth = 0): { set: ApiSet; name: string } | null => {
    if (!ts.isIdentifier(expression) && !ts.isPropertyAccessExpression(expression)) return null;
    return flagOfSymbol(
      checker.getSymbolAtLocation(ts.isIdentifier(expression) ? expression : expression.name),
      depth,
    );
  };
  function flagOfSymbol(symbol: ts.Symbol | undefined, depth: number): { set: ApiSet; name: string } | null {
    for (const declaration of symbol?.declarations ?? []) {
      const set = apiSetTag(declaration);
      if (set) return { set, name: `${symbol?.getName() ?? "?"}` };
      if (depth < 3 && ts.isVariableDeclaration(declaration) && declaration.initializer) {
        const alias = capabilityFlag(declaration.initializer, depth + 1);
        if (alias) return { set: alias.set, name: `${symbol?.getName() ?? "?"} = ${alias.name}` };
      }
    }
    return null;
  }

  const guardOf = (node: ts.Node, need: ApiSet): string | null => {
    for (let child: ts.Node = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
      let flags: { set: ApiSet; name: string }[] = [];
      if (ts.isIfStatement(parent)) {
        if (child === parent.thenStatement) flags = capabilitiesIn(parent.expression, true);
        else if (child === parent.elseStatement) flags = capabilitiesIn(parent.expression, false);
      } else if (ts.isConditionalExpression(parent)) {
        if (child === parent.whenTrue) flags = capabilitiesIn(parent.condition, true);
        else if (child === parent.whenFalse) flags = capabilitiesIn(parent.condition, false);
      } else if (
        ts.isBinaryExpression(parent) &&
        parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
        child === parent.right
      ) {
        flags = capabilitiesIn(parent.left, true);
      } else if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
        for (const statement of parent.statements) {
          if (statement === child) break;
          if (ts.isIfStatement(statement) && !statement.elseStatement && exits(statement.thenStatement))
            flags.push(...capabilitiesIn(statement.expression, false));
        }
      }
      const covering = flags.find((flag) => covers(flag.set, need));
      if (covering) return `behind \`${covering.name}\` (${formatSet(covering.set)})`;
      if (ts.isFunctionLike(parent)) {
        const set = apiSetTag(parent);
        const name = parent.name && ts.isIdentifier(parent.name) ? parent.name.text : "a function";
        if (set && covers(set, need)) return `in \`${name}\` (@apiSet ${formatSet(set)})`;
      }
    }
    return null;
  };

  for (const fileName of files) {
    const source = program.getSourceFile(fileName);
    if (!source) throw new Error(`not in the program: ${fileName}`);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        for (const declaration of memberDeclarations(checker, node)) record(node.name, declaration);
      } else if (ts.isObjectLiteralExpression(node)) {
        checkObjectLiteral(node);
      } else if (ts.isCallExpression(node)) {
        checkMarkedCall(node);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }

  function checkObjectLiteral(literal: ts.ObjectLiteralExpression): void {
    const contextual = checker.getContextualType(literal);
    if (!contextual) return;
    for (const property of literal.properties) {
      if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
      const name = property.name.getText();
      for (const type of contextual.isUnion() ? contextual.types : [contextual]) {
        const declaration = checker.getPropertyOfType(type, name)?.declarations?.[0];
        if (!declaration) continue;
        record(property.name, declaration);
        const flagSet = apiSetTag(declaration);
        if (flagSet === null || literal.getSourceFile().fileName === options.detectionFile) continue;
        const value = ts.isPropertyAssignment(property) ? property.initializer : property.name;
        if (value.kind === ts.SyntaxKind.FalseKeyword) continue;
        const flag = ts.isShorthandPropertyAssignment(property)
          ? flagOfSymbol(checker.getShorthandAssignmentValueSymbol(property), 0)
          : capabilityFlag(value);
        if ((flag && covers(flag.set, flagSet)) || guardOf(property, flagSet) !== null) continue;
        problems.push(
          `${name} (@apiSet ${formatSet(flagSet)}) at ${at(property)} is set from something that is not a capability of that set`,
        );
      }
    }
  }

  function checkMarkedCall(call: ts.CallExpression): void {
    const declaration = checker.getResolvedSignature(call)?.getDeclaration();
    if (!declaration || isOfficeJs(declaration)) return;
    const set = apiSetTag(declaration);
    if (set === null || guardOf(call, set) !== null) return;
    problems.push(
      `call at ${at(call)} of a function marked @apiSet ${formatSet(set)} is not behind a capability`,
    );
  }

  return { uses, problems };
}

/** A block (or statement) that always leaves: return, throw, continue or break as its last statement. */
function exits(statement: ts.Statement): boolean {
  const last = ts.isBlock(statement) ? statement.statements[statement.statements.length - 1] : statement;
  return (
    last !== undefined &&
    (ts.isReturnStatement(last) ||
      ts.isThrowStatement(last) ||
      ts.isContinueStatement(last) ||
      ts.isBreakStatement(last))
  );
}

/** The office-js declarations a property access reaches: one per member of a union receiver. */
function memberDeclarations(checker: ts.TypeChecker, node: ts.PropertyAccessExpression): ts.Declaration[] {
  const call = ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : null;
  const receiver = checker.getTypeAtLocation(node.expression);
  if (receiver.isUnion()) {
    return receiver.types.flatMap(
      (type) => checker.getPropertyOfType(type, node.name.text)?.declarations?.slice(0, 1) ?? [],
    );
  }
  const signature = call ? checker.getResolvedSignature(call)?.getDeclaration() : undefined;
  if (signature && !ts.isJSDocSignature(signature)) return [signature];
  const symbol = checker.getSymbolAtLocation(node.name);
  const resolved = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return resolved?.declarations?.slice(0, 1) ?? [];
}

function isOfficeJs(declaration: ts.Node): boolean {
  return /[\\/]@types[\\/]office-js[\\/]/.test(declaration.getSourceFile().fileName);
}

/** `[Api set: ExcelApi 1.9]` in the declaration's own doc comment. */
function documentedSet(declaration: ts.Node): ApiSet | null {
  const text = declaration.getSourceFile().text;
  const comments = ts.getLeadingCommentRanges(text, declaration.pos) ?? [];
  const doc = comments.map((range) => text.slice(range.pos, range.end)).join("\n");
  const match = /\[Api set: (\w+) (\d+\.\d+)[^\]]*\]/.exec(doc);
  return match ? { name: match[1] ?? "", version: match[2] ?? "" } : null;
}

/** `@apiSet ExcelApi 1.9` among the declaration's JSDoc tags. */
function apiSetTag(declaration: ts.Node): ApiSet | null {
  for (const tag of ts.getJSDocTags(declaration)) {
    if (tag.tagName.text !== "apiSet") continue;
    const match = /^\s*(\w+) (\d+\.\d+)/.exec(ts.getTextOfJSDocComment(tag.comment) ?? "");
    if (match) return { name: match[1] ?? "", version: match[2] ?? "" };
  }
  return null;
}

/** A member of a class or interface that itself needs the member's set: covered where the object came from. */
function ofNewerType(declaration: ts.Node, set: ApiSet): string | null {
  const owner = declaration.parent;
  if (!owner || !(ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner))) return null;
  const ownerSet = documentedSet(owner);
  if (ownerSet === null || covers(FLOOR, ownerSet) || !covers(ownerSet, set)) return null;
  return `on a ${owner.name?.text ?? "?"} (the type is ${formatSet(ownerSet)})`;
}

/** `Excel.Worksheet.pageLayout`: the declaration's name with its interfaces, classes and namespaces. */
function qualifiedName(declaration: ts.Node): string {
  const parts: string[] = [];
  for (let node: ts.Node | undefined = declaration; node; node = node.parent) {
    const name = (node as { name?: ts.Node }).name;
    if (
      name &&
      (ts.isIdentifier(name) || ts.isStringLiteral(name)) &&
      (ts.isModuleDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isInterfaceDeclaration(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isMethodDeclaration(node) ||
        ts.isMethodSignature(node) ||
        ts.isPropertyDeclaration(node) ||
        ts.isPropertySignature(node) ||
        ts.isEnumDeclaration(node) ||
        ts.isEnumMember(node) ||
        ts.isVariableDeclaration(node) ||
        ts.isGetAccessor(node))
    )
      parts.unshift(name.text);
  }
  return parts.join(".");
}
