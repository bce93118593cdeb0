#!/usr/bin/env node
/*
 * Function length check (issue #15: no function over ~150 lines outside documented hot loops).
 *
 * Scans plugins/*\/src and packages/*\/src (*.ts, *.tsx; not tests, __testUtils__, dist,
 * node_modules) with the TypeScript parser and measures every function declaration, method,
 * constructor, accessor, function expression and arrow function (React components are one of
 * these) from the line its body starts on to the line it ends on, inclusive.
 *
 * Nested functions are listed on their own AND stay inside their enclosing function's span:
 * a 400-line closure factory counts as 400 lines even if it is made of small inner functions,
 * because the reader still has to hold all of it at once.
 *
 * A function whose leading comment (on it or on the statement / member / property declaring it)
 * contains `hot loop:` is a documented deliberate hot loop: it is reported separately and never
 * fails the check.
 *
 * Usage: node scripts/function-lengths.js [--max 150] [--all]
 * Exit code 1 when a function that is not a documented hot loop is longer than --max.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { parseArgs } = require('node:util');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '..');
const SCANNED_PARENTS = ['plugins', 'packages'];
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '__testUtils__']);
const HOT_LOOP_MARKER = 'hot loop:';

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      max: { type: 'string', default: '150' },
      all: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const max = Number(values.max);
  if (!Number.isInteger(max) || max <= 0) {
    throw new Error(`--max must be a positive integer, got "${values.max}"`);
  }
  return { max, all: values.all, help: values.help };
}

function isScannedSource(fileName) {
  if (fileName.endsWith('.d.ts')) return false;
  if (/\.test\.tsx?$/.test(fileName)) return false;
  return /\.tsx?$/.test(fileName);
}

function listSourceFiles(dir) {
  const files = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) {
        files.push(...listSourceFiles(path.join(dir, entry.name)));
      }
    } else if (entry.isFile() && isScannedSource(entry.name)) {
      files.push(path.join(dir, entry.name));
    }
  }
  return files;
}

function listScannedFiles() {
  const files = [];
  for (const parent of SCANNED_PARENTS) {
    const parentDir = path.join(ROOT, parent);
    if (!fs.existsSync(parentDir)) continue;
    for (const pkg of fs.readdirSync(parentDir, { withFileTypes: true })) {
      const srcDir = path.join(parentDir, pkg.name, 'src');
      if (pkg.isDirectory() && fs.existsSync(srcDir)) {
        files.push(...listSourceFiles(srcDir));
      }
    }
  }
  return files.sort();
}

function isMeasuredFunction(node) {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node)
  );
}

function nameText(name, sourceFile) {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return name.getText(sourceFile);
}

/** A readable name: its own, or the variable / property / call it is handed to. */
function functionName(node, sourceFile) {
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const own = nameText(node.name, sourceFile);
  if (own) return own;
  const parent = node.parent;
  if (
    ts.isVariableDeclaration(parent) ||
    ts.isPropertyAssignment(parent) ||
    ts.isPropertyDeclaration(parent)
  ) {
    return nameText(parent.name, sourceFile) ?? '<anonymous>';
  }
  if (ts.isCallExpression(parent)) {
    const callee = parent.expression.getText(sourceFile).replace(/\s+/g, '');
    return `<callback of ${callee.slice(0, 60)}>`;
  }
  return '<anonymous>';
}

function isDeclarationBoundary(node) {
  return (
    ts.isSourceFile(node) ||
    ts.isStatement(node) ||
    ts.isClassElement(node) ||
    ts.isObjectLiteralElement(node)
  );
}

/**
 * The comments that precede a function: its own leading comments and those of the nodes
 * that wrap it up to the statement or member that declares it
 * (`// hot loop: ...` above `export const simulate = (...) => {`).
 */
function hasHotLoopComment(node, sourceFile) {
  const text = sourceFile.getFullText();
  let current = node;
  while (current && !ts.isSourceFile(current)) {
    const comments =
      ts.getLeadingCommentRanges(text, current.getFullStart()) ?? [];
    if (
      comments.some(range =>
        text.slice(range.pos, range.end).includes(HOT_LOOP_MARKER),
      )
    ) {
      return true;
    }
    if (isDeclarationBoundary(current)) return false;
    current = current.parent;
  }
  return false;
}

function lineOf(sourceFile, position) {
  return sourceFile.getLineAndCharacterOfPosition(position).line + 1;
}

function measureFile(fileName) {
  const text = fs.readFileSync(fileName, 'utf8');
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sourceFile = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    true,
    kind,
  );
  const functions = [];
  const visit = node => {
    if (isMeasuredFunction(node) && node.body) {
      const startLine = lineOf(sourceFile, node.body.getStart(sourceFile));
      const endLine = lineOf(sourceFile, node.body.getEnd());
      functions.push({
        file: path.relative(ROOT, fileName),
        line: lineOf(sourceFile, node.getStart(sourceFile)),
        name: functionName(node, sourceFile),
        lines: endLine - startLine + 1,
        hotLoop: hasHotLoopComment(node, sourceFile),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return functions;
}

function byLengthDescending(a, b) {
  return b.lines - a.lines || a.file.localeCompare(b.file) || a.line - b.line;
}

function formatRow(fn) {
  return `${String(fn.lines).padStart(5)}  ${fn.name}  ${fn.file}:${fn.line}`;
}

function printSection(title, functions) {
  if (functions.length === 0) return;
  console.log(`${title}:`);
  for (const fn of functions) console.log(formatRow(fn));
  console.log('');
}

function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log('Usage: node scripts/function-lengths.js [--max 150] [--all]');
    return 0;
  }
  const files = listScannedFiles();
  const functions = files.flatMap(measureFile).sort(byLengthDescending);
  const overMax = functions.filter(fn => fn.lines > options.max);
  const failing = overMax.filter(fn => !fn.hotLoop);
  const hotLoops = functions.filter(fn => fn.hotLoop);

  if (options.all) {
    printSection('All functions (lines, body start to end)', functions);
  }
  printSection(
    `Functions over ${options.max} lines (not documented hot loops)`,
    failing,
  );
  printSection('Documented hot loops (`hot loop:` comment)', hotLoops);

  const largest = functions.find(fn => !fn.hotLoop);
  console.log(
    `Scanned ${functions.length} functions in ${files.length} files; ` +
      `largest non-hot-loop function: ${
        largest ? formatRow(largest).trim() : 'none'
      }`,
  );
  if (failing.length > 0) {
    console.log(
      `${failing.length} function(s) exceed ${options.max} lines: split them into named steps, ` +
        `or document a deliberate hot loop with a "// hot loop: <why one function>" comment.`,
    );
    return 1;
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
