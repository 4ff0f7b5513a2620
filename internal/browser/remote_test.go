package browser_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"syscall"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
)

var devtools = regexp.MustCompile(`DevTools listening on (ws://\S+)`)

// startRemote runs a Chromium of its own with remote debugging on a loopback port, as a
// rod manager or a CI service would, and returns its DevTools URL. A Chromium that dies
// before it prints the URL is started again, three starts in all, as browser.Launch does: on
// a loaded machine that happens now and then (seen in CI), and a real fault fails every time.
func startRemote(t *testing.T) (wsURL string, proc *os.Process) {
	t.Helper()
	u, proc, early := startRemoteOnce(t)
	for try := 1; try < 3 && early != ""; try++ {
		t.Logf("chromium ended before printing its DevTools URL; starting it again (%s)", early)
		u, proc, early = startRemoteOnce(t)
	}
	if early != "" {
		t.Fatalf("chromium ended three times before printing its DevTools URL: %s", early)
	}
	return u, proc
}

// startRemoteOnce starts one Chromium and waits for its DevTools URL; when the process ends
// first it returns the end of what it wrote instead.
func startRemoteOnce(t *testing.T) (wsURL string, proc *os.Process, early string) {
	t.Helper()
	profile, err := os.MkdirTemp("", "docdrift-remote-test-")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
		"--no-first-run", "--disable-background-networking", "--disable-component-update",
		"--disable-sync", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
		"--user-data-dir="+profile,
		"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1")
	// Its own process group, so the whole tree (renderers, crash handler) goes at the end;
	// killing the browser process alone leaves helpers writing into the profile.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start chromium (apt-get install -y chromium): %v", err)
	}
	t.Cleanup(func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		_ = cmd.Wait()
		_ = os.RemoveAll(profile)
	})
	found := make(chan string, 1)
	ended := make(chan string, 1)
	go func() {
		var last string
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if m := devtools.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
				// Keep reading: a full pipe would stall Chromium on its next log line.
				_, _ = io.Copy(io.Discard, stderr)
				return
			}
			last = sc.Text()
		}
		ended <- fmt.Sprintf("last line %q", last)
	}()
	select {
	case u := <-found:
		return u, cmd.Process, ""
	case why := <-ended:
		return "", nil, why
	case <-time.After(60 * time.Second):
		// A cold start under go test -race with every package's tests beside it once took
		// over 20 s here; the product's own launch waits 30 s by default.
		t.Fatal("chromium did not print its DevTools URL within 60 s")
	}
	return "", nil, ""
}

func TestConnectToARunningBrowser(t *testing.T) {
	wsURL, proc := startRemote(t)
	srv := serve(t, map[string]string{"/": `<title>Remote</title><h1>Hi</h1>`})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	b, err := browser.Connect(ctx, wsURL, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	s, err := b.NewSession(ctx)
	if err != nil {
		t.Fatal(err)
	}
	p := s.Page.Context(ctx)
	if err := p.Navigate(srv.URL); err != nil {
		t.Fatal(err)
	}
	if err := p.WaitLoad(); err != nil {
		t.Fatal(err)
	}
	if info, err := p.Info(); err != nil || info.Title != "Remote" {
		t.Errorf("title %v, %v", info, err)
	}
	if err := s.Close(); err != nil {
		t.Error(err)
	}
	if err := b.Close(); err != nil {
		t.Errorf("close: %v", err)
	}
	// The browser belongs to whoever started it: still running after docdrift is done.
	if err := proc.Signal(syscall.Signal(0)); err != nil {
		t.Errorf("the remote browser stopped when docdrift disconnected: %v", err)
	}
}

func TestConnectFailsClearly(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := browser.Connect(ctx, "ws://127.0.0.1:1/devtools/browser/none", 3*time.Second); err == nil {
		t.Error("connected to nothing")
	}
}
