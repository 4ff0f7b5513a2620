// Command panelload checks the control-panel simulator under concurrent sessions: N sessions
// on loopback each log in and, in rounds, list, create an API account, read its credentials,
// dismiss them and delete the account. It fails on any unexpected status, on an account that
// is lost or duplicated, or on leftovers, and prints the server time per page (measured in a
// handler wrapper, so client and network time are excluded).
//
//	go run ./bench/panelload [-sessions 200] [-rounds 5]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/docdrift/docdrift/internal/panel"
)

func main() {
	sessions := flag.Int("sessions", 200, "concurrent sessions")
	rounds := flag.Int("rounds", 5, "create-and-delete rounds per session")
	flag.Parse()
	if err := run(*sessions, *rounds); err != nil {
		fmt.Fprintln(os.Stderr, "panelload:", err)
		os.Exit(1)
	}
}

// timings records server time per route.
type timings struct {
	mu  sync.Mutex
	per map[string][]time.Duration
}

func (t *timings) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		h.ServeHTTP(w, r)
		d := time.Since(start)
		key := r.Method + " " + routeOf(r.URL.Path)
		t.mu.Lock()
		t.per[key] = append(t.per[key], d)
		t.mu.Unlock()
	})
}

var digitsOrKey = regexp.MustCompile(`/([0-9]+|[0-9a-f]{32})(/|$)`)

func routeOf(path string) string { return digitsOrKey.ReplaceAllString(path, "/{id}$2") }

func run(sessions, rounds int) error {
	srv := panel.New(panel.Options{Era: panel.Era2017, Seed: 42})
	tm := &timings{per: map[string][]time.Duration{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	hs := &http.Server{Handler: tm.wrap(srv)}
	go hs.Serve(ln)
	defer hs.Shutdown(context.Background())
	base := "http://" + ln.Addr().String()

	// At most this many accounts exist at once, safely under the store's cap of 50.
	slots := make(chan struct{}, panel.MaxAccounts-5)
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		errs    []error
		created []string
	)
	start := time.Now()
	for i := range sessions {
		wg.Add(1)
		go func() {
			defer wg.Done()
			names, err := session(base, srv.Owner(), i, rounds, slots)
			mu.Lock()
			defer mu.Unlock()
			created = append(created, names...)
			if err != nil {
				errs = append(errs, fmt.Errorf("session %d: %w", i, err))
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	if len(errs) > 0 {
		return errors.Join(errs[:min(len(errs), 5)]...)
	}

	sort.Strings(created)
	if dup := slices.Compact(slices.Clone(created)); len(dup) != len(created) {
		return fmt.Errorf("%d account names were handed out twice", len(created)-len(dup))
	}
	if want := sessions * rounds; len(created) != want {
		return fmt.Errorf("%d accounts created, want %d", len(created), want)
	}
	if left, _ := srv.Accounts(); len(left) != 0 {
		return fmt.Errorf("%d accounts left after every session deleted its own", len(left))
	}
	report(tm, sessions, rounds, elapsed)
	return nil
}

var idOfRow = regexp.MustCompile(`name="ids" value="([0-9]+)" aria-label="Select ([^"]+)"`)

// session logs in and creates, checks and deletes one account per round.
func session(base string, owner panel.User, n, rounds int, slots chan struct{}) ([]string, error) {
	c, err := newClient(base)
	if err != nil {
		return nil, err
	}
	if _, err := c.get("/login", 200); err != nil {
		return nil, err
	}
	if _, err := c.post("/login", url.Values{"email": {owner.Email}, "password": {owner.Password}}, 200); err != nil {
		return nil, err
	}
	var names []string
	for r := range rounds {
		name := fmt.Sprintf("load-%03d-%d", n, r)
		slots <- struct{}{}
		err := c.roundTrip(name)
		<-slots
		if err != nil {
			return names, fmt.Errorf("round %d: %w", r, err)
		}
		names = append(names, name)
	}
	return names, nil
}

func (c *client) roundTrip(name string) error {
	if _, err := c.get("/manage/settings/api-accounts/create", 200); err != nil {
		return err
	}
	page, err := c.post("/manage/settings/api-accounts", url.Values{"name": {name}, "scope_products": {"read-only"}}, 200)
	if err != nil {
		return err
	}
	if !strings.Contains(page, "BigCommerce API Credentials") {
		return fmt.Errorf("create %s: no credentials modal", name)
	}
	done := regexp.MustCompile(`action="(/manage/settings/api-accounts/credentials/[0-9a-f]{32})/done"`).FindStringSubmatch(page)
	if done == nil {
		return fmt.Errorf("create %s: no Done form", name)
	}
	if _, err := c.get(done[1]+"/download", 200); err != nil {
		return err
	}
	list, err := c.post(done[1]+"/done", url.Values{}, 200)
	if err != nil {
		return err
	}
	id := ""
	for _, m := range idOfRow.FindAllStringSubmatch(list, -1) {
		if m[2] == name {
			if id != "" {
				return fmt.Errorf("%s is listed twice", name)
			}
			id = m[1]
		}
	}
	if id == "" {
		return fmt.Errorf("%s is missing from the list after create", name)
	}
	list, err = c.post("/manage/settings/api-accounts/delete", url.Values{"id": {id}}, 200)
	if err != nil {
		return err
	}
	if strings.Contains(list, `aria-label="Select `+name+`"`) {
		return fmt.Errorf("%s is still listed after delete", name)
	}
	return nil
}

// client is one browser-like session: cookies, redirects followed, the page's CSRF token.
type client struct {
	base string
	http *http.Client
	csrf string
}

var csrfInput = regexp.MustCompile(`name="csrf_token" value="([^"]+)"`)

func newClient(base string) (*client, error) {
	jar, err := cookiejar.New(nil)
	if err != nil {
		return nil, err
	}
	return &client{base: base, http: &http.Client{Jar: jar, Timeout: 30 * time.Second}}, nil
}

func (c *client) get(path string, want int) (string, error) {
	return c.do(http.MethodGet, path, nil, want)
}

func (c *client) post(path string, form url.Values, want int) (string, error) {
	form.Set("csrf_token", c.csrf)
	return c.do(http.MethodPost, path, form, want)
}

func (c *client) do(method, path string, form url.Values, want int) (string, error) {
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequest(method, c.base+path, body)
	if err != nil {
		return "", err
	}
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", err
	}
	if resp.StatusCode != want {
		return "", fmt.Errorf("%s %s: status %d, want %d", method, path, resp.StatusCode, want)
	}
	if m := csrfInput.FindSubmatch(b); m != nil {
		c.csrf = string(m[1])
	}
	return string(b), nil
}

func report(tm *timings, sessions, rounds int, elapsed time.Duration) {
	var all []time.Duration
	keys := make([]string, 0, len(tm.per))
	for k, v := range tm.per {
		keys = append(keys, k)
		all = append(all, v...)
	}
	sort.Strings(keys)
	fmt.Printf("%d sessions × %d rounds: %d requests in %.2fs, no errors, no lost or duplicated account\n",
		sessions, rounds, len(all), elapsed.Seconds())
	fmt.Printf("%-60s %7s %9s %9s\n", "server time per page", "count", "median", "p99")
	for _, k := range keys {
		med, p99 := quantiles(tm.per[k])
		fmt.Printf("%-60s %7d %9s %9s\n", k, len(tm.per[k]), med, p99)
	}
	med, p99 := quantiles(all)
	fmt.Printf("%-60s %7d %9s %9s\n", "all pages", len(all), med, p99)
}

func quantiles(d []time.Duration) (median, p99 time.Duration) {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2].Round(time.Microsecond), s[len(s)*99/100].Round(time.Microsecond)
}
