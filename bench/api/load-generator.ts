// autocannon in a process of its own, one per run: in the bench's process, after
// minutes of runs, its garbage collector's pauses became the latency measured.
// Reads its options (autocannon's) as JSON from argv, writes autocannon's result as JSON to stdout.
import autocannon from "autocannon";

autocannon(JSON.parse(process.argv[2]!) as autocannon.Options, (error, result) => {
  if (error) {
    console.error(error);
    process.exit(1);
  }
  process.stdout.write(JSON.stringify(result));
});
