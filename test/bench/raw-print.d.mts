/** Prints an HTML file as the benchmark's reference does (raw-print.mjs); writes the PDF to `out` when given. */
export function rawPrint(file: string, out?: string): Promise<void>;
