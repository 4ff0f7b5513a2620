package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func ptr[T any](v T) *T { return &v }

// checks stand in for the simulator's eras and the step vocabulary, which config leaves to
// the packages that own them.
var checks = Checks{
	Era: func(s string) error {
		switch s {
		case "2016", "2017", "2019", "2023":
			return nil
		}
		return fmt.Errorf("unknown era %q (want one of 2016, 2017, 2019, 2023)", s)
	},
	Given: func(s string) bool { return !strings.Contains(s, "moon") },
}

func TestParseGoodFiles(t *testing.T) {
	t.Setenv("HOME", "/home/writer")
	tests := []struct {
		name string
		path string
		src  string
		want File
	}{
		{
			name: "empty: nothing set",
			path: "docdrift.toml",
			want: File{Path: "docdrift.toml"},
		},
		{
			name: "every key, as the docs show them",
			path: "docs/docdrift.toml",
			src: `
[target]
base_url = "https://store-abc.mybigcommerce.com/manage"   # absolute http(s) URL
era = "2017"
username_env = "DOCDRIFT_USERNAME"
password_env = "DOCDRIFT_PASSWORD"
credentials_file = "~/.config/docdrift/credentials.toml"
session_file = "docdrift-session.json"

[run]
step_timeout = "1m30s"
concurrency = 2
retries = 0
include_struck = false

[vocabulary]
minimal_scope = "read-only"

[vocabulary.icons]
gears = ["More actions", "Settings"]
trash = ["Delete"]

[vocabulary.aliases]
"Legacy API Accounts" = "Legacy API Settings"

[[precondition]]
procedure = "Revoking App Access"
given = "a legacy API account exists"

[[precondition]]
procedure = "cp_oauth_revoke"
given = "an API account exists"
`,
			want: File{
				Path: "docs/docdrift.toml",
				Target: Target{
					BaseURL:         ptr("https://store-abc.mybigcommerce.com/manage"),
					Era:             ptr("2017"),
					UsernameEnv:     ptr("DOCDRIFT_USERNAME"),
					PasswordEnv:     ptr("DOCDRIFT_PASSWORD"),
					CredentialsFile: ptr("/home/writer/.config/docdrift/credentials.toml"),
					SessionFile:     ptr("docs/docdrift-session.json"),
				},
				Run: Run{
					StepTimeout:   ptr(90 * time.Second),
					Concurrency:   ptr(2),
					Retries:       ptr(0),
					IncludeStruck: ptr(false),
				},
				Vocabulary: Vocabulary{
					MinimalScope: ptr("read-only"),
					Icons:        map[string][]string{"gears": {"More actions", "Settings"}, "trash": {"Delete"}},
					Aliases:      map[string]string{"Legacy API Accounts": "Legacy API Settings"},
				},
				Precondition: []Precondition{
					{Procedure: "Revoking App Access", Given: "a legacy API account exists", Line: 26, Col: 3},
					{Procedure: "cp_oauth_revoke", Given: "an API account exists", Line: 30, Col: 3},
				},
			},
		},
		{
			name: "dotted keys, inline tables, an era as a number, absolute and home paths",
			path: "/srv/docs/docdrift.toml",
			src: `target.era = 2019
target.credentials_file = "/etc/docdrift/creds"
target.session_file = "~"
run = { concurrency = 4, include_struck = true }
precondition = [
  { procedure = "Creating an API Account", given = "an API account exists" },
]
`,
			want: File{
				Path: "/srv/docs/docdrift.toml",
				Target: Target{
					Era:             ptr("2019"),
					CredentialsFile: ptr("/etc/docdrift/creds"),
					SessionFile:     ptr("/home/writer"),
				},
				Run: Run{Concurrency: ptr(4), IncludeStruck: ptr(true)},
				Precondition: []Precondition{
					{Procedure: "Creating an API Account", Given: "an API account exists", Line: 6, Col: 3},
				},
			},
		},
		{
			name: "a relative path climbs out of the config's directory",
			path: "site/docs/docdrift.toml",
			src:  "[target]\nsession_file = \"../.docdrift/session.json\"\n",
			want: File{Path: "site/docs/docdrift.toml", Target: Target{SessionFile: ptr("site/.docdrift/session.json")}},
		},
		{
			name: "a byte-order mark and CRLF line ends",
			path: "docdrift.toml",
			src:  "\uFEFF[run]\r\nretries = 2\r\n",
			want: File{Path: "docdrift.toml", Run: Run{Retries: ptr(2)}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parse(tt.path, []byte(tt.src), checks)
			if err != nil {
				t.Fatalf("unexpected error:\n%v", err)
			}
			if !reflect.DeepEqual(*got, tt.want) {
				t.Errorf("got\n%+v\nwant\n%+v", *got, tt.want)
			}
		})
	}
}

func TestParseBadFiles(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string // the whole error text
	}{
		{
			name: "syntax error: a table name left open",
			src:  "[target\nera = \"2017\"\n",
			want: `docdrift.toml:1:8: expected '.' or ']' to end table name, but got '\n' instead`,
		},
		{
			name: "syntax error: a value missing",
			src:  "[run]\nretries =\n",
			want: `docdrift.toml:2:10: expected value but found '\n' instead`,
		},
		{
			name: "syntax error: a key twice",
			src:  "[run]\nretries = 1\nretries = 2\n",
			want: `docdrift.toml:3:1: Key 'run.retries' has already been defined.`,
		},
		{
			name: "unknown top-level key",
			src:  "[runs]\nretries = 1\n",
			want: `docdrift.toml:1:2: unknown key "runs" (did you mean "run"?)`,
		},
		{
			name: "unknown top-level key, nothing close",
			src:  "\n\nbrowser = \"chromium\"\n",
			want: `docdrift.toml:3:1: unknown key "browser"`,
		},
		{
			name: "unknown nested key",
			src:  "[run]\nconcurrency = 2\n\n# why\n\n\nstepp_timeout = \"10s\"\n",
			want: `docdrift.toml:7:1: unknown key "run.stepp_timeout" (did you mean "run.step_timeout"?)`,
		},
		{
			name: "unknown nested key, dotted",
			src:  "target.baseurl = \"https://x.example/manage\"\n",
			want: `docdrift.toml:1:8: unknown key "target.baseurl" (did you mean "target.base_url"?)`,
		},
		{
			name: "unknown key in a precondition",
			src:  "[[precondition]]\nprocedure = \"A\"\ngiven = \"b\"\n\n[[precondition]]\nprocedure = \"C\"\ngivn = \"d\"\n",
			want: "docdrift.toml:5:3: [[precondition]] has no given: write the precondition as a given directive would\n" +
				`docdrift.toml:7:1: unknown key "precondition.givn" (did you mean "precondition.given"?)`,
		},
		{
			name: "wrong type",
			src:  "[run]\nconcurrency = \"4\"\n",
			want: `docdrift.toml:2:15: run.concurrency must be an integer, not a string`,
		},
		{
			name: "wrong type: a table as a value",
			src:  "run = 5\n",
			want: `docdrift.toml:1:7: run must be a table, not an integer`,
		},
		{
			name: "wrong type: a duration as a number",
			src:  "[run]\nstep_timeout = 10\n",
			want: `docdrift.toml:2:16: run.step_timeout must be a duration string such as "10s", not an integer`,
		},
		{
			name: "bad duration",
			src:  "[run]\nstep_timeout = \"10 seconds\"\n",
			want: `docdrift.toml:2:16: run.step_timeout "10 seconds" is not a duration such as "10s" or "1m30s"`,
		},
		{
			name: "zero duration",
			src:  "[run]\nstep_timeout = \"0s\"\n",
			want: `docdrift.toml:2:16: run.step_timeout must be from 100ms to 10m0s, not "0s"`,
		},
		{
			name: "bad era",
			src:  "[target]\nera = \"2018\"\n",
			want: `docdrift.toml:2:7: target.era: unknown era "2018" (want one of 2016, 2017, 2019, 2023)`,
		},
		{
			name: "bad URL: not absolute",
			src:  "[target]\nbase_url = \"store-abc.mybigcommerce.com/manage\"\n",
			want: `docdrift.toml:2:12: target.base_url "store-abc.mybigcommerce.com/manage" is not an absolute http(s) URL such as "https://store-abc.mybigcommerce.com/manage"`,
		},
		{
			name: "bad URL: not http",
			src:  "[target]\nbase_url = \"ftp://store.example/manage\"\n",
			want: `docdrift.toml:2:12: target.base_url "ftp://store.example/manage" is not an absolute http(s) URL such as "https://store-abc.mybigcommerce.com/manage"`,
		},
		{
			name: "bad URL: credentials in it, never repeated",
			src:  "[target]\nbase_url = \"https://owner:hunter2@store.example/manage\"\n",
			want: `docdrift.toml:2:12: target.base_url must not hold credentials; name their environment variables in username_env and password_env`,
		},
		{
			name: "a password where its variable's name belongs, never repeated",
			src:  "[target]\npassword_env = \"hunter2!\"\n",
			want: `docdrift.toml:2:16: target.password_env must name the environment variable that holds the password (letters, digits and _, e.g. DOCDRIFT_PASSWORD), not hold the password itself`,
		},
		{
			name: "a home directory other than one's own",
			src:  "[target]\ncredentials_file = \"~bob/creds\"\n",
			want: `docdrift.toml:2:20: target.credentials_file: only ~/ is expanded; write "~bob/creds" as a full path`,
		},
		{
			name: "concurrency 0",
			src:  "[run]\nconcurrency = 0\n",
			want: `docdrift.toml:2:15: run.concurrency must be from 1 to 16, not 0`,
		},
		{
			name: "negative retries",
			src:  "run.retries = -1\n",
			want: `docdrift.toml:1:15: run.retries must be from 0 to 10, not -1`,
		},
		{
			name: "include_struck not a boolean",
			src:  "[run]\ninclude_struck = \"yes\"\n",
			want: `docdrift.toml:2:18: run.include_struck must be true or false, not a string`,
		},
		{
			name: "empty alias: the UI label",
			src:  "[vocabulary.aliases]\n\"Legacy API Accounts\" = \"\"\n",
			want: `docdrift.toml:2:25: vocabulary.aliases."Legacy API Accounts": the alias has an empty UI label`,
		},
		{
			name: "empty alias: the doc label",
			src:  "[vocabulary.aliases]\n\" \" = \"Legacy API Settings\"\n",
			want: `docdrift.toml:2:1: vocabulary.aliases: an alias has an empty doc label`,
		},
		{
			// The decoder reads [[{"" = 1}]] as one array, not two: the checks would say
			// "unknown key" about a table the file does not have.
			name: "empty keys: each at the key, and nothing judged around them",
			src: "[vocabulary.aliases]\n\"\" = \"Legacy API Settings\"\n" +
				"[[precondition]]\n'' = [[{ procedure = 1 }]]\nprecondition = 2\n" +
				"[run]\nretries = { a.\"\".b = 1 }\nsnippets = [[{\"\" = 1}]]\n[target.'']\n",
			want: "docdrift.toml:2:1: " + emptyKeyMsg + "\n" +
				"docdrift.toml:4:1: " + emptyKeyMsg + "\n" +
				"docdrift.toml:7:15: " + emptyKeyMsg + "\n" +
				"docdrift.toml:8:15: " + emptyKeyMsg + "\n" +
				"docdrift.toml:9:9: " + emptyKeyMsg,
		},
		{
			name: "icons: not a list, an empty list, an empty name",
			src:  "[vocabulary.icons]\ngears = \"Settings\"\ntrash = []\nbin = [\"Delete\", \"\"]\n",
			want: "docdrift.toml:2:9: vocabulary.icons.gears must be an array of accessible names such as [\"Delete\"], not a string\n" +
				"docdrift.toml:3:9: vocabulary.icons.trash lists no accessible names\n" +
				"docdrift.toml:4:18: vocabulary.icons.bin lists an empty name",
		},
		{
			name: "empty minimal scope",
			src:  "[vocabulary]\nminimal_scope = \" \"\n",
			want: `docdrift.toml:2:17: vocabulary.minimal_scope is empty`,
		},
		{
			name: "precondition without procedure",
			src:  "[[precondition]]\ngiven = \"a legacy API account exists\"\n",
			want: `docdrift.toml:1:3: [[precondition]] has no procedure: name the procedure's heading text or anchor id`,
		},
		{
			name: "precondition not a table",
			src:  "precondition = [\"Revoking App Access\"]\n",
			want: `docdrift.toml:1:17: precondition must be a table, not a string`,
		},
		{
			name: "every problem, in file order",
			src:  "[target]\nera = \"1999\"\n[run]\nconcurrency = 0\nstep_timeout = \"soon\"\n[colours]\n",
			want: "docdrift.toml:2:7: target.era: unknown era \"1999\" (want one of 2016, 2017, 2019, 2023)\n" +
				"docdrift.toml:4:15: run.concurrency must be from 1 to 16, not 0\n" +
				"docdrift.toml:5:16: run.step_timeout \"soon\" is not a duration such as \"10s\" or \"1m30s\"\n" +
				`docdrift.toml:6:2: unknown key "colours"`,
		},
		{
			name: "positions survive strings that look like TOML, quoted keys and comments",
			src: "[vocabulary.aliases]\n\"a \\\"b\\\" [c]\" = \"\"\"\n[run]\nx = 1\n\"\"\"\n" +
				"'lit.eral' = '' # [run] ]\n\"\\u00e9\" = { } \n",
			want: "docdrift.toml:6:14: vocabulary.aliases.\"lit.eral\": the alias has an empty UI label\n" +
				`docdrift.toml:7:12: vocabulary.aliases."é" must be a string, not a table`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := parse("docdrift.toml", []byte(tt.src), checks)
			if err == nil {
				t.Fatalf("no error; got %+v", f)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("error text:\ngot:  %s\nwant: %s", got, tt.want)
			}
			var list ErrorList
			if !errors.As(err, &list) || len(list) != strings.Count(tt.want, "\n")+1 {
				t.Errorf("want an ErrorList of every problem, got %#v", err)
			}
			if strings.Contains(err.Error(), "hunter2") {
				t.Errorf("the error repeats a secret: %v", err)
			}
		})
	}
}

// TestLoad reads from disk and resolves paths against the file's directory.
func TestLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, Name)
	write(t, path, "[target]\ncredentials_file = \"secrets/creds\"\n")
	f, err := Load(path, checks)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "secrets", "creds"); f.Target.CredentialsFile == nil || *f.Target.CredentialsFile != want {
		t.Errorf("credentials_file = %v, want %s", f.Target.CredentialsFile, want)
	}

	write(t, path, "[run]\nretries = -2\n")
	_, err = Load(path, checks)
	if want := path + ":2:11: run.retries must be from 0 to 10, not -2"; err == nil || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}

	_, err = Load(filepath.Join(dir, "missing.toml"), checks)
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing file: err = %v, want one wrapping fs.ErrNotExist", err)
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	if err := os.MkdirAll(filepath.Join(deep, Name), 0o755); err != nil { // a directory by that name is not a config
		t.Fatal(err)
	}
	steps := []struct {
		name   string
		create string // a config file to add before looking, relative to root
		from   string
		want   string
	}{
		{name: "none anywhere up to the root", from: deep, want: ""},
		{name: "found two levels up", create: "a/" + Name, from: deep, want: "a/" + Name},
		{name: "the nearest wins", create: "a/b/" + Name, from: deep, want: "a/b/" + Name},
		{name: "in the start directory itself", from: filepath.Join(root, "a", "b"), want: "a/b/" + Name},
		{name: "not below the start directory", from: root, want: ""},
	}
	for _, st := range steps {
		if st.create != "" {
			write(t, filepath.Join(root, filepath.FromSlash(st.create)), "")
		}
		got, err := Find(st.from)
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		want := st.want
		if want != "" {
			want = filepath.Join(root, filepath.FromSlash(want))
		}
		if got != want {
			t.Errorf("%s: Find = %q, want %q", st.name, got, want)
		}
	}
}

// TestFindRelative returns an absolute path, so the file's directory still means something
// after the caller changes directory.
func TestFindRelative(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, Name), "")
	if err := os.MkdirAll(filepath.Join(root, "docs"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)
	got, err := Find("docs")
	if err != nil || got != filepath.Join(root, Name) {
		t.Errorf("Find(docs) = %q, %v; want %s", got, err, filepath.Join(root, Name))
	}
}

func TestPreconditions(t *testing.T) {
	f, err := parse("docdrift.toml", []byte(`
[[precondition]]
procedure = "  Revoking App Access "
given = "a legacy API account exists"
[[precondition]]
procedure = "cp_oauth_revoke"
given = "an API account exists"
[[precondition]]
procedure = "#cp_oauth_revoke"
given = "the account exists"
[[precondition]]
procedure = "Revoking App Access (legacy)"
given = "never"
`), checks)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		heading, anchor string
		want            []string
	}{
		{"Revoking App Access", "", []string{"a legacy API account exists"}},
		{" Revoking App Access\t", "other", []string{"a legacy API account exists"}},
		{"Revoking App Access", "cp_oauth_revoke", []string{"a legacy API account exists", "an API account exists", "the account exists"}},
		{"Some Heading", "cp_oauth_revoke", []string{"an API account exists", "the account exists"}},
		{"revoking app access", "", nil},
		{"Revoking", "", nil},
		{"", "", nil},
	}
	for _, tt := range tests {
		if got := f.Preconditions(tt.heading, tt.anchor); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Preconditions(%q, %q) = %q, want %q", tt.heading, tt.anchor, got, tt.want)
		}
	}
}

// A given no step can make true is an error at its table, among the file's other errors.
func TestGivensChecked(t *testing.T) {
	_, err := parse("docdrift.toml", []byte(`
[[precondition]]
procedure = "A"
given = "a legacy API account exists"

[[precondition]]
procedure = "B"
given = "the moon is full"

[run]
retries = -1
`), checks)
	want := `docdrift.toml:6:3: precondition for "B": no step knows how to make "the moon is full" true` + "\n" +
		"docdrift.toml:11:11: run.retries must be from 0 to 10, not -1"
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
	if _, err := parse("docdrift.toml", []byte("[[precondition]]\nprocedure = \"B\"\ngiven = \"the moon is full\"\n"), Checks{}); err != nil {
		t.Errorf("without a given check: %v", err)
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
