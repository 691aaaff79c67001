// The exported script's command line, as Python source: which runs, where the data is, how much to print.
export const PY_MAIN = String.raw`
# ── Command line ──────────────────────────────────────────────────────────────────────────────────────────
def json_number(value):
    """JSON has no NaN or infinities: those are written as the strings "NaN", "Infinity", "-Infinity"."""
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if value != value else ("Infinity" if value > 0 else "-Infinity")
    return value


def printer(as_json):
    def report(record):
        if as_json:
            print(json.dumps({k: json_number(v) for k, v in record.items()}), flush=True)
            return
        name, step, event = record["run"], record.get("step"), record.get("event")
        if event == "start":
            print("%s: %d parameters, %d training examples, %d steps" % (
                name, record["parameters"], record["trainingExamples"], record["totalSteps"]), flush=True)
        elif event:
            print("%s: %s at step %d" % (name, {"diverged": "diverged (the loss is not finite)",
                                                "stoppedEarly": "stopped early", "finished": "finished",
                                                "stepLimit": "stopped (--steps)"}[event], step), flush=True)
        elif "testLoss" in record:
            extra = ""
            if "trainLoss" in record:
                extra += "  train loss %.4f  train accuracy %.2f%%" % (record["trainLoss"], 100 * record["trainAccuracy"])
            if "mcLoss" in record:
                extra += "  MC dropout loss %.4f  accuracy %.2f%%" % (record["mcLoss"], 100 * record["mcAccuracy"])
            print("%s: step %d  test loss %.4f  test accuracy %.2f%%%s" % (
                name, step, record["testLoss"], 100 * record["testAccuracy"], extra), flush=True)
        elif step % 100 == 0 or step == 1 or not math.isfinite(record["loss"]):
            print("%s: step %d  loss %.4f  learning rate %.3g" % (name, step, record["loss"],
                                                                 record["learningRate"]), flush=True)
    return report


def main(argv=None):
    parser = argparse.ArgumentParser(description="Trains the runs in SETTINGS as the playground does.")
    parser.add_argument("--data", action="append", metavar="[DATASET=]DIR",
                        help="folder with the dataset's four IDX files (our .idx.gzip or LeCun's "
                             "train-images-idx3-ubyte[.gz], t10k-…), or one with a subfolder per dataset "
                             "(mnist, fashion); repeat as mnist=DIR fashion=DIR for several (default: ./data)")
    for part in FILE_NAMES:
        parser.add_argument("--" + part.replace(" ", "-"), metavar="FILE", help="the %s IDX file itself" % part)
    parser.add_argument("--steps", type=int, help="stop each run after this many steps (for quick checks)")
    parser.add_argument("--run", choices=list(SETTINGS), help="train only this run")
    parser.add_argument("--json", action="store_true",
                        help="print one JSON object per line: each step's loss, each evaluation, each run's end")
    args = parser.parse_args(argv)
    names = [args.run] if args.run else list(SETTINGS)
    datasets = {}
    try:  # every dataset first, so that a missing file is said before any training
        for name in names:
            dataset = SETTINGS[name]["dataset"]
            if dataset not in datasets:
                datasets[dataset] = load_dataset(dataset, args)
    except (DataError, OSError) as error:
        print("error: %s" % error, file=sys.stderr)
        return 2
    report = printer(args.json)
    for name in names:
        train_run(name, SETTINGS[name], SPECS[name], datasets[SETTINGS[name]["dataset"]], args.steps, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
`;
