import ts from 'typescript';

/**
 * A TypeScript program over entry files, with the project's module settings, for tools that read
 * what the entries export (the root-index generator, the TSDoc completeness test).
 */
export function entryProgram(files: readonly string[]): { program: ts.Program; checker: ts.TypeChecker } {
  const program = ts.createProgram([...files], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    resolveJsonModule: true,
    strict: true,
    noEmit: true,
  });
  return { program, checker: program.getTypeChecker() };
}

/** The symbols a source file exports, with re-export aliases resolved to their targets. */
export function exportedSymbols(checker: ts.TypeChecker, source: ts.SourceFile): { name: string; target: ts.Symbol }[] {
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) return [];
  return checker.getExportsOfModule(moduleSymbol).map((symbol) => ({
    name: symbol.name,
    target: symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol,
  }));
}
