#!/usr/bin/env bash
# Executes the notebooks in this folder headless with the Rapaio Java kernel and fails on any cell
# error, on a notebook that draws a chart but shows no image, or on output that differs from the
# output committed in the notebook (the committed notebooks carry their outputs, so that they read
# on a code-hosting page without running them; this check keeps those outputs true). Installs what
# is missing: Jupyter from Debian's packages (needs root) and the kernel jar from Maven's default
# repository; builds the jars the notebooks load if they are missing. Executed copies go to
# examples/target/notebooks/.
#
#   run-notebooks.sh                     run and check every notebook
#   run-notebooks.sh 00-quick-start.ipynb  run and check the ones named
#   run-notebooks.sh --write [NAME...]   run and write the outputs into the committed notebooks
set -euo pipefail
write=false
if [ "${1:-}" = --write ]; then
  write=true
  shift
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
kernel_version=3.0.1
dependency_plugin=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
# Debian's Jupyter lives in Debian's Python, whatever python3 comes first on PATH.
py=/usr/bin/python3

if ! "$py" -c 'import nbconvert, nbclient, jupyter_client' 2>/dev/null; then
  if [ "$(id -u)" != 0 ]; then
    echo "run-notebooks: install jupyter-nbconvert python3-nbclient python3-jupyter-client first" >&2
    exit 1
  fi
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    jupyter-nbconvert python3-nbclient python3-jupyter-client
fi

version="$(sed -n 's|^  <version>\(.*\)</version>|\1|p' "$root/pom.xml" | head -1)"
if [ ! -f "$root/cli/target/impsci.jar" ] || [ ! -f "$root/examples/target/examples-$version.jar" ]; then
  (cd "$root" && mvn -B -q -DskipTests -Dmaven.javadoc.skip package -pl cli,examples -am)
fi

jupyter_path="$(mktemp -d)"
trap 'rm -rf "$jupyter_path"' EXIT
spec="$jupyter_path/kernels/rapaio-java"
mkdir -p "$spec"
(cd "$jupyter_path" && mvn -B -q "$dependency_plugin:copy" \
  -Dartifact="io.github.padreati:rapaio-jupyter-kernel:$kernel_version" -DoutputDirectory="$spec")
mv "$spec/rapaio-jupyter-kernel-$kernel_version.jar" "$spec/kernel.jar"
cat > "$spec/kernel.json" <<JSON
{
  "argv": ["java", "-Djava.awt.headless=true", "-jar", "{resource_dir}/kernel.jar", "{connection_file}"],
  "display_name": "Java (rapaio)",
  "language": "java"
}
JSON

out="$root/examples/target/notebooks"
mkdir -p "$out"
if [ $# -gt 0 ]; then
  notebooks=()
  for name in "$@"; do notebooks+=("$here/$(basename "$name")"); done
else
  notebooks=("$here"/*.ipynb)
fi
for notebook in "${notebooks[@]}"; do
  name="$(basename "$notebook")"
  echo "run-notebooks: $name"
  # A kernel start often never answers its first request (about one start in three here, on loaded
  # and quiet machines alike; three in a row failed one CI run), while a working start answers within
  # seconds: each start is given 60 seconds and retried, up to eight in all; a cell error fails at once.
  for attempt in 1 2 3 4 5 6 7 8; do
    if JUPYTER_PATH="$jupyter_path" "$py" -m nbconvert --to notebook --execute \
        --ExecutePreprocessor.startup_timeout=60 --ExecutePreprocessor.timeout=300 \
        --ExecutePreprocessor.record_timing=False \
        --output-dir "$out" "$notebook" 2> "$out/$name.log"; then
      break
    fi
    if [ "$attempt" = 8 ] || ! grep -q "Kernel didn't respond" "$out/$name.log"; then
      cat "$out/$name.log" >&2
      exit 1
    fi
    echo "  the kernel did not start (attempt $attempt); retrying"
  done
  "$py" - "$out/$name" "$notebook" "$write" "$here/" <<'PY'
import json, sys
executed, committed, write, folder = sys.argv[1], sys.argv[2], sys.argv[3] == "true", sys.argv[4]
notebook = json.load(open(executed))
# The kernel prints the absolute path of each jar it adds: kept relative to the notebook's folder,
# so that the committed output holds no path of the machine that ran it.
for cell in notebook["cells"]:
    for o in cell.get("outputs", []):
        if o["output_type"] == "stream":
            o["text"] = "".join(o["text"]).replace(folder, "").splitlines(keepends=True)
code = [c for c in notebook["cells"] if c["cell_type"] == "code"]
images = sum("image/png" in o.get("data", {}) for c in code for o in c["outputs"])
draws = any("display(" in "".join(c["source"]) for c in code)
if draws and images == 0:
    sys.exit(f"{executed}: draws a chart but shows no image")

def shown(cell):
    """What a reader sees of a cell's output: its text, and which kinds of picture (not their bytes)."""
    seen = []
    for o in cell["outputs"]:
        if o["output_type"] == "stream":
            seen.append((o["name"], "".join(o["text"])))
        elif o["output_type"] in ("execute_result", "display_data"):
            data = o.get("data", {})
            seen.append(("text", "".join(data.get("text/plain", "")))
                        if "text/plain" in data and len(data) == 1 else ("kinds", sorted(data)))
        else:
            seen.append((o["output_type"], ""))
    return seen

if write:
    notebook["metadata"].pop("widgets", None)
    with open(committed, "w") as f:
        json.dump(notebook, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"  {len(code)} code cells ran, {images} image(s); outputs written to {committed}")
    sys.exit(0)
mine = [c for c in json.load(open(committed))["cells"] if c["cell_type"] == "code"]
if len(mine) != len(code):
    sys.exit(f"{committed}: {len(mine)} code cells committed, {len(code)} executed")
for number, (old, new) in enumerate(zip(mine, code), start=1):
    if shown(old) != shown(new):
        sys.exit(f"{committed}: code cell {number} shows other output than the committed one "
                 f"(run-notebooks.sh --write {committed.rsplit('/', 1)[-1]} to update it):\n"
                 f"committed: {shown(old)!r}\nexecuted:  {shown(new)!r}")
print(f"  {len(code)} code cells ran, {images} image(s), output as committed")
PY
done
