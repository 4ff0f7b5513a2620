package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/panel"
)

// Flags that make no sense for a watch, and a report others could reach, are refused
// before anything starts.
func TestWatchRefuses(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{}, "watch: no paths given"},
		{[]string{"--shard", "1/2", "docs"}, "watch: --shard is for docdrift run"},
		{[]string{"--report", "html=out", "docs"}, "watch: --report is for docdrift run"},
		{[]string{"--listen", "0.0.0.0:8800", "docs"}, `watch: --listen: "0.0.0.0:8800" is not a loopback address`},
		{[]string{"--listen", "8800", "docs"}, "watch: --listen: address 8800: missing port in address"},
		{[]string{"-q", "-v", "docs"}, "watch: -q and -v cannot be used together"},
		{[]string{"run.go:12"}, "watch: a watch takes whole docs, not a procedure's line"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var out, errs bytes.Buffer
			err := run(context.Background(), append([]string{"watch", "--chrome", "/nonexistent/chromium"}, tt.args...), &out, &errs)
			if code := exitCode(err, &errs); code != exitUsage || !strings.Contains(errs.String(), tt.want) {
				t.Errorf("exit %d, want %d with %q:\n%s", code, exitUsage, tt.want, errs.String())
			}
		})
	}
}

// A writer's session: the first verdicts, a label edited wrong drifts at its line, fixed it
// passes, lines added above change nothing, a doc or docdrift.toml docdrift cannot read is
// reported and the watch carries on; Ctrl-C leaves no account, no Chromium, no temp folder.
func TestWatchEndToEnd(t *testing.T) {
	emb := startPanel(t, panel.Options{Era: panel.Era2017, Seed: 11})
	tmp := filepath.Join(t.TempDir(), "tmp")
	if err := os.Mkdir(tmp, 0o700); err != nil {
		t.Fatal(err)
	}
	t.Setenv("TMPDIR", tmp)
	dir := t.TempDir()
	seedSrc, err := os.ReadFile(filepath.Join("..", "..", seed))
	if err != nil {
		t.Fatal(err)
	}
	doc, toml := filepath.Join(dir, "guide.md"), filepath.Join(dir, "docdrift.toml")
	save := func(path, text string) {
		t.Helper()
		// As editors do: write a new file beside it and rename it over the old one.
		if err := os.WriteFile(path+".tmp", []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(path+".tmp", path); err != nil {
			t.Fatal(err)
		}
	}
	save(toml, "[run]\nstep_timeout = \"8s\"\n")
	save(doc, string(seedSrc))

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stdout, stderr := newWatchOutput(), newWatchOutput()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"watch", "--base-url", emb.URL, doc}, stdout, stderr)
	}()
	const within = 90 * time.Second
	stdout.waitFor(t, "all docs: 1 passed, 0 failed, 2 skipped", 1, within)
	addr := regexp.MustCompile(`report at (http://127\.0\.0\.1:\d+/)`).FindStringSubmatch(stdout.String())
	if addr == nil {
		t.Fatalf("no report address:\n%s", stdout)
	}

	wrong := strings.Replace(string(seedSrc), "Select **API Accounts**. This", "Select **API Acounts**. This", 1)
	save(doc, wrong)
	stdout.waitFor(t, "all docs: 0 passed, 1 failed, 2 skipped", 1, within)
	for _, want := range []string{"saved: running 1 procedure (2 unchanged)",
		doc + `:18:5: step 3 "Select **API Acounts**.": no link, button, menu item or tab named "API Acounts"`} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
	var news struct{ Focus string }
	res, err := http.Get(addr[1] + "_watch/version")
	if err == nil {
		err = json.NewDecoder(res.Body).Decode(&news)
		res.Body.Close()
	}
	if err != nil || !strings.HasSuffix(news.Focus, ".html#L18") {
		t.Fatalf("the report's focus %q (%v), want the edited step's line 18", news.Focus, err)
	}
	page := get(t, addr[1]+strings.TrimSuffix(news.Focus, "#L18"), "text/html; charset=utf-8")
	shot := regexp.MustCompile(`<li class="dd-step dd-drift" id="L18"[^>]*>[^<]*(?s:.*?)<img src="(shots/[^"]+)"`).FindStringSubmatch(page)
	if shot == nil || !strings.Contains(page, `<script src="/_watch/live.js?v=`) {
		t.Fatalf("the report's page lacks the drifted step 3 with its screenshot, or the live script:\n%s", page)
	}
	get(t, addr[1]+shot[1], "image/png")

	save(doc, string(seedSrc))
	stdout.waitFor(t, "all docs: 1 passed, 0 failed, 2 skipped", 2, within)

	shifted := strings.Replace(string(seedSrc), "\n", "\n\nA paragraph added at the top.\n", 1)
	save(doc, shifted)
	stdout.waitFor(t, "saved: no procedure changed", 1, within)

	save(doc, shifted+"\x00")
	stderr.waitFor(t, "watch: carrying on with the last version of "+doc, 1, within)
	save(toml, "[run\n")
	stderr.waitFor(t, "watch: carrying on with the settings read before", 1, within)
	if !strings.Contains(stderr.String(), toml+":1:") {
		t.Errorf("the broken docdrift.toml is not reported at its line:\n%s", stderr)
	}
	if n := strings.Count(stdout.String(), "all docs:"); n != 3 {
		t.Errorf("%d runs, want 3: the bad saves ran something\n%s", n, stdout)
	}

	cancel()
	select {
	case err = <-done:
	case <-time.After(within):
		t.Fatal("the watch did not stop")
	}
	if code := exitCode(err, stderr); code != exitInterrupted {
		t.Errorf("exit %d, want %d\n%s", code, exitInterrupted, stderr)
	}
	if n := ourChromiums(t); n > 0 {
		t.Errorf("%d Chromium processes of the watch are still running", n)
	}
	if left, _ := os.ReadDir(tmp); len(left) > 0 {
		t.Errorf("the watch left %d file(s) in $TMPDIR: %v", len(left), left[0].Name())
	}
	accounts, err := emb.API.Accounts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if n := countPrefix(accounts, "docdrift-"); n > 0 {
		t.Errorf("%d account(s) of the watch are left on the panel", n)
	}
}

// get fetches a page of the live report and checks its type.
func get(t *testing.T, url, ctype string) string {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil || res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != ctype {
		t.Fatalf("GET %s: %d %s %v", url, res.StatusCode, res.Header.Get("Content-Type"), err)
	}
	return string(b)
}

// watchOutput is a command's output that a test can wait on as it grows.
type watchOutput struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	changed chan struct{}
}

func newWatchOutput() *watchOutput { return &watchOutput{changed: make(chan struct{})} }

func (o *watchOutput) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	close(o.changed)
	o.changed = make(chan struct{})
	return o.buf.Write(p)
}

func (o *watchOutput) String() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.buf.String()
}

// waitFor waits until the output holds want n times.
func (o *watchOutput) waitFor(t *testing.T, want string, n int, within time.Duration) {
	t.Helper()
	deadline := time.After(within)
	for {
		o.mu.Lock()
		count, changed := strings.Count(o.buf.String(), want), o.changed
		o.mu.Unlock()
		if count >= n {
			return
		}
		select {
		case <-changed:
		case <-deadline:
			t.Fatalf("no %q (%d times) within %v:\n%s", want, n, within, o)
		}
	}
}

// "docdrift help CMD" is CMD's own help; help alone, or for no such command, the overview.
func TestHelpCommand(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"help", "watch"}, "Usage: docdrift watch [run flags]"},
		{[]string{"help", "run"}, "Usage: docdrift run [flags] PATH[:LINE]..."},
		{[]string{"watch", "-h"}, "Usage: docdrift watch [run flags]"},
		{[]string{"help"}, "watch"},
		{[]string{"help", "nosuch"}, "watch"},
	}
	for _, tt := range tests {
		var out, errs bytes.Buffer
		err := run(context.Background(), tt.args, &out, &errs)
		if code := exitCode(err, &errs); code != exitOK || !strings.HasPrefix(out.String(), tt.want) && !strings.Contains(out.String(), "  "+tt.want+" ") {
			t.Errorf("docdrift %s: exit %d, output lacks %q:\n%s%s", strings.Join(tt.args, " "), code, tt.want, out.String(), errs.String())
		}
	}
}
