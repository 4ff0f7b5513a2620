# Sourced by the scaling benches: writes docs made of copies of the reference draft's first
# procedure (log in, create an API account and save it), each under its own heading, and reads
# the verdicts of a run of them.

# scaled_doc FILE FIRST LAST writes procedures FIRST..LAST into FILE.
scaled_doc() {
  local file=$1 first=$2 last=$3 i
  echo "# API accounts" >"$file"
  for i in $(seq "$first" "$last"); do
    cat >>"$file" <<MD

## Obtaining token $i

1.  Log into the store, using the store owner's username/password.
2.  Select **Advanced Settings**.
3.  Select **API Accounts**. This will display the **Store API Accounts** page.
4.  Select **Create API Account**. This will display the **Create API Account** page shown above.
5.  In the **Name** field, summarize the purpose for which you will use these credentials.
6.  In the **OAuth Scopes** section, select at least the minimal scopes your app will require.
7.  Select **Save** at the page's lower right-hand corner.
MD
  done
}

# scaled_docs DIR N writes N docs of one procedure each into DIR.
scaled_docs() {
  local dir=$1 n=$2 i
  mkdir -p "$dir"
  for i in $(seq "$n"); do scaled_doc "$(printf '%s/token-%03d.md' "$dir" "$i")" "$i" "$i"; done
}

# run_verdicts RC OUT sets verdicts to the closing count of a `docdrift run` that exited RC
# with its output in OUT, and fails when a procedure did not pass. A run with a procedure
# judged drifted (1) or broken (3) still measured what the bench measures, so the bench keeps
# its figure, names the procedures on stderr and fails at the end; any other exit means the
# bench itself broke: its output is shown and the bench stops.
run_verdicts() {
  local rc=$1 out=$2
  case $rc in
  0 | 1 | 3) ;;
  *) cat "$out" >&2; echo "docdrift run exited $rc" >&2; exit 1 ;;
  esac
  verdicts=$(grep -E '^[0-9]+ passed, ' "$out" | tail -n1)
  [ "$rc" -eq 0 ] && return 0
  grep -A1 -E '^(✗|!) ' "$out" >&2 || true
  return 1
}
