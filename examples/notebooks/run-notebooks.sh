#!/usr/bin/env bash
# Executes every notebook in this folder headless with the Rapaio Java kernel and fails on any cell
# error or on a notebook that draws a chart but shows no image. Installs what is missing: Jupyter
# from Debian's packages (needs root) and the kernel jar from Maven Central; builds the jars the
# notebooks load if they are missing. Executed copies go to examples/target/notebooks/.
set -euo pipefail
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
for notebook in "$here"/*.ipynb; do
  name="$(basename "$notebook")"
  echo "run-notebooks: $name"
  # A kernel start often never answers its first request (about one start in three here, on loaded
  # and quiet machines alike; three in a row failed one CI run), while a working start answers within
  # seconds: each start is given 60 seconds and retried, up to eight in all; a cell error fails at once.
  for attempt in 1 2 3 4 5 6 7 8; do
    if JUPYTER_PATH="$jupyter_path" "$py" -m nbconvert --to notebook --execute \
        --ExecutePreprocessor.startup_timeout=60 --ExecutePreprocessor.timeout=300 \
        --output-dir "$out" "$notebook" 2> "$out/$name.log"; then
      break
    fi
    if [ "$attempt" = 8 ] || ! grep -q "Kernel didn't respond" "$out/$name.log"; then
      cat "$out/$name.log" >&2
      exit 1
    fi
    echo "  the kernel did not start (attempt $attempt); retrying"
  done
  "$py" - "$out/$name" <<'PY'
import json, sys
cells = json.load(open(sys.argv[1]))["cells"]
code = [c for c in cells if c["cell_type"] == "code"]
images = sum("image/png" in o.get("data", {}) for c in code for o in c["outputs"])
draws = any("display(" in "".join(c["source"]) for c in code)
if draws and images == 0:
    sys.exit(f"{sys.argv[1]}: draws a chart but shows no image")
print(f"  {len(code)} code cells ran, {images} image(s)")
PY
done
