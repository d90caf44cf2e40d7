/**
 * Node/V8 flags the language server runs with: passed by the extension's
 * client, and by the tests and the benchmark that start the server, so they
 * measure the process users run.
 *
 * By default V8 lets the new space grow to 32 MB and the old space well past
 * what is live before collecting: after 100 edits to a 1 MB document the
 * server sat at ~135 MB resident. A small new space and a heap that grows by
 * 10% at a time keep it at ~89 MB. (`--optimize-for-size` gets ~83 MB but
 * analyses a 1 MB document twice as slowly; these flags cost about half that.)
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=2', '--heap-growing-percent=10'];
