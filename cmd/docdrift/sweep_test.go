package main

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/docdrift/docdrift/internal/panel"
	"github.com/docdrift/docdrift/internal/target"
	"github.com/docdrift/docdrift/steps"
)

func TestLeftovers(t *testing.T) {
	now := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	names := []string{
		"docdrift-1128t1150aaaaaa-1", // 10 minutes old
		"docdrift-1128t1150aaaaaa-2",
		"docdrift-1128t1000bbbbbb-1",      // 2 hours old
		"dd-1128t1000bbbbbb-2",            // the same run's, in a field too short for the full name
		"add-1128t1000bbbbbb-3",           // not a run's
		"docdrift-1231t2350cccccc-1",      // last New Year's Eve: a year ago, not next month
		"docdrift-1128t1000bbbbbb",        // no serial
		"docdrift-1128t1000BBBBBB-1",      // not a run id
		"ERP sync", "docdrift-notes", "x", // someone else's
	}
	tests := []struct {
		older time.Duration
		want  string
		runs  int
	}{
		{0, "dd-1128t1000bbbbbb-2 docdrift-1128t1000bbbbbb-1 docdrift-1128t1150aaaaaa-1 docdrift-1128t1150aaaaaa-2 docdrift-1231t2350cccccc-1", 3},
		{30 * time.Minute, "dd-1128t1000bbbbbb-2 docdrift-1128t1000bbbbbb-1 docdrift-1231t2350cccccc-1", 2},
		{24 * time.Hour, "docdrift-1231t2350cccccc-1", 1},
	}
	for _, tt := range tests {
		got, runs := leftovers(names, now, tt.older)
		if strings.Join(got, " ") != tt.want || runs != tt.runs {
			t.Errorf("older than %v: %v from %d runs, want %s from %d", tt.older, got, runs, tt.want, tt.runs)
		}
	}
}

func TestRunStart(t *testing.T) {
	at := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, time.UTC) }
	for _, tt := range []struct {
		stamp string
		now   time.Time
		want  time.Time // zero: not a run's start
	}{
		{"1128t1150", at(2026, 11, 28, 12, 0), at(2026, 11, 28, 11, 50)},
		{"1128t1230", at(2026, 11, 28, 12, 0), at(2026, 11, 28, 12, 30)}, // a clock a little ahead
		{"1128t1400", at(2026, 11, 28, 12, 0), at(2025, 11, 28, 14, 0)},  // later today: last year's
		{"1231t2350", at(2027, 1, 1, 0, 5), at(2026, 12, 31, 23, 50)},
		{"0229t1000", at(2029, 3, 1, 0, 0), at(2028, 2, 29, 10, 0)}, // no 29 February in 2029
		{"0229t1000", at(2028, 2, 28, 0, 0), at(2024, 2, 29, 10, 0)},
		{"1340t0000", at(2026, 11, 28, 12, 0), time.Time{}},
		{"0230t0000", at(2026, 11, 28, 12, 0), time.Time{}},
	} {
		got, ok := runStart(tt.stamp, tt.now)
		if !got.Equal(tt.want) || ok == tt.want.IsZero() {
			t.Errorf("runStart(%q, %v) = %v, %v; want %v", tt.stamp, tt.now, got, ok, tt.want)
		}
	}
}

func TestSweepSimulator(t *testing.T) {
	emb, err := target.StartEmbedded(panel.Options{Era: panel.Era2017, Seed: 21})
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	ctx := context.Background()
	old := "docdrift-" + time.Now().UTC().Add(-2*time.Hour).Format("0102t1504") + "abcdef-1"
	recent := "docdrift-" + time.Now().UTC().Format("0102t1504") + "012345-1"
	for _, a := range []struct {
		name   string
		legacy bool
	}{{old, false}, {recent, true}, {"ERP sync", false}} {
		if err := emb.API.EnsureAccount(ctx, a.name, a.legacy); err != nil {
			t.Fatal(err)
		}
	}
	has := func(name string) bool {
		list, err := emb.API.Accounts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return list.Has(name)
	}
	code, stdout, stderr := cmdIn(t, "sweep", "--base-url", emb.URL, "--older-than", "30m", "--dry-run")
	if code != exitOK || !strings.Contains(stdout, "would delete "+old) || !has(old) {
		t.Errorf("dry run: exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, _ = cmdIn(t, "sweep", "--base-url", emb.URL, "--older-than", "30m")
	if code != exitOK || lastLine(stdout) != "swept 1 item(s) left by 1 run(s)" || has(old) || !has(recent) {
		t.Errorf("older than 30m: exit %d\n%s", code, stdout)
	}
	code, stdout, _ = cmdIn(t, "sweep", "--base-url", emb.URL)
	if code != exitOK || has(recent) || !has("ERP sync") {
		t.Errorf("everything of docdrift's: exit %d\n%s", code, stdout)
	}
	if code, stdout, _ = cmdIn(t, "sweep", "--base-url", emb.URL); code != exitOK || lastLine(stdout) != "nothing to sweep" {
		t.Errorf("nothing left: exit %d\n%s", code, stdout)
	}
}

// A real store has no test API: sweep logs in and deletes through the pages its era's profile
// names. Without an era or a profile, nothing says what docdrift made there.
func TestSweepThroughThePages(t *testing.T) {
	emb, err := target.StartEmbedded(panel.Options{Era: panel.Era2017, Seed: 22, NoTestAPI: true})
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	owner := emb.Server.Owner()
	b := browsertest.Browser(t)
	hk := &steps.Housekeeper{Config: steps.Config{BaseURL: emb.URL, Login: steps.Login{Username: owner.Email, Password: owner.Password}},
		Open: func(ctx context.Context) (*browser.Session, error) { return b.NewSession(ctx) }}
	left := "docdrift-0101t0000fedcba-3"
	legacyPages := panel.Profile(panel.Era2017).Subjects[1].Pages
	if err := hk.Keeper(*legacyPages).Ensure(context.Background(), left); err != nil {
		t.Fatal(err)
	}
	t.Setenv(userVar, "")
	if code, _, stderr := cmdIn(t, "sweep", "--base-url", emb.URL, "--era", "2017"); code != exitUsage || !strings.Contains(stderr, "has no test API") {
		t.Errorf("without credentials: exit %d\n%s", code, stderr)
	}
	t.Setenv(userVar, owner.Email)
	t.Setenv(passVar, owner.Password)
	if code, _, stderr := cmdIn(t, "sweep", "--base-url", emb.URL); code != exitUsage || !strings.Contains(stderr, "nothing it knows how to sweep") {
		t.Errorf("without an era or a profile: exit %d\n%s", code, stderr)
	}
	code, stdout, stderr := cmdIn(t, "sweep", "--base-url", emb.URL, "--era", "2017")
	_, legacy := emb.Server.Accounts()
	if code != exitOK || !strings.Contains(stdout, "deleted "+left) || len(legacy) != 0 {
		t.Errorf("exit %d, %d legacy accounts left\n%s%s", code, len(legacy), stdout, stderr)
	}
}

func TestSweepUsage(t *testing.T) {
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"sweep"}, exitUsage, "--base-url or --product is required"},
		{[]string{"sweep", "--base-url", "x"}, exitUsage, "not an absolute http(s) URL"},
		{[]string{"sweep", "--base-url", "http://127.0.0.1:1", "--older-than", "-5m"}, exitUsage, "--older-than -5m0s: must be from 0s to"},
	} {
		if code, _, stderr := cmdIn(t, tt.args...); code != tt.code || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: exit %d\n%s", tt.args, code, stderr)
		}
	}
}

// The panel of a killed run is usually gone with it: say so at once (exit 3), without asking
// for credentials or starting a browser to log into nothing.
func TestSweepUnreachable(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	gone := "http://" + ln.Addr().String()
	ln.Close()
	for _, user := range []string{"", "owner@example.com"} {
		t.Setenv(userVar, user)
		t.Setenv(passVar, user)
		code, _, stderr := cmdIn(t, "sweep", "--base-url", gone, "--chrome", "/nonexistent/chromium")
		if code != exitInfra || !strings.Contains(stderr, "cannot reach "+gone) {
			t.Errorf("credentials %q: exit %d\n%s", user, code, stderr)
		}
	}
}

// The test: kill -9 docdrift in the middle of a run against a separate panel; no
// Chromium of it survives, its account does, and sweep brings the store back to where it was.
func TestKilledRunThenSweep(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildDocdrift(t)
	srv := exec.Command(bin, "panel", "--seed", "23")
	out, err := srv.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = srv.Process.Kill(); _ = srv.Wait() }()
	lines := bufio.NewScanner(out)
	var base, email, password string
	for lines.Scan() && password == "" {
		switch f := strings.Fields(lines.Text()); {
		case len(f) > 7 && f[0] == "docdrift" && f[1] == "panel:":
			base = strings.TrimSuffix(f[len(f)-1], "/")
		case len(f) > 3 && f[0] == "owner:":
			email, password = f[1], f[3]
		}
	}
	if base == "" || password == "" {
		t.Fatal("the panel did not print its address and owner")
	}
	api := target.TestAPI{BaseURL: base}
	ctx := context.Background()
	before, err := api.Names(ctx)
	if err != nil {
		t.Fatal(err)
	}

	run := exec.Command(bin, "run", "--base-url", base, "--include-struck", "--screenshots", t.TempDir(), "../../"+seed)
	run.Env = append(run.Environ(), userVar+"="+email, passVar+"="+password)
	if err := run.Start(); err != nil {
		t.Fatal(err)
	}
	var tree []int
	deadline := time.Now().Add(time.Minute)
	for {
		if names, _ := api.Names(ctx); len(names) > len(before) {
			break
		}
		if time.Now().After(deadline) {
			_ = run.Process.Kill()
			t.Fatal("the run created no account within a minute")
		}
		tree = append(tree, descendants(run.Process.Pid)...)
		time.Sleep(20 * time.Millisecond) // polling the panel and the process table
	}
	tree = append(tree, descendants(run.Process.Pid)...)
	if len(tree) == 0 {
		t.Fatal("no Chromium below the run to check")
	}
	if err := run.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = run.Wait()
	for _, p := range tree {
		for end := time.Now().Add(10 * time.Second); alive(p) && time.Now().Before(end); {
			time.Sleep(50 * time.Millisecond)
		}
		if alive(p) {
			t.Errorf("process %d of the killed run is still alive", p)
		}
	}
	if names, _ := api.Names(ctx); len(names) == len(before) {
		t.Fatal("the killed run left nothing to sweep; kill it earlier")
	}
	spools, _ := filepath.Glob(filepath.Join(os.TempDir(), fmt.Sprintf("docdrift-*-spool-p%d-*", run.Process.Pid)))
	if len(spools) != 1 {
		t.Fatalf("the killed run left spools %v in %s, want its one", spools, os.TempDir())
	}
	cmd := exec.Command(bin, "sweep", "--base-url", base)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("sweep: %v\n%s", err, out)
	}
	after, err := api.Names(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("accounts before %v, after sweep %v", before, after)
	}
	if _, err := os.Stat(spools[0]); !os.IsNotExist(err) {
		t.Errorf("the killed run's spool %s is still there after sweep (%v)", spools[0], err)
	}
}
