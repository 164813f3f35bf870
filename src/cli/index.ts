import { main, nodeIo } from "./main";

// The bundle's entry: exit code through process.exitCode so pending output is flushed first.
void main(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
});
