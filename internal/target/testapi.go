// Package target is the control panel a run drives: the embedded simulator started on
// loopback, or a panel at a base URL, together with the back door a run uses to set up the
// accounts a procedure acts on and to delete what it created.
package target

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/docdrift/docdrift/internal/panel"
)

// TestAPI talks to a simulator's loopback-only JSON test API.
type TestAPI struct {
	BaseURL string
	Client  *http.Client
}

// EnsureAccount creates an account named name unless one exists.
func (t TestAPI) EnsureAccount(ctx context.Context, name string, legacy bool) error {
	list, err := t.Accounts(ctx)
	if err != nil {
		return err
	}
	if list.Has(name) {
		return nil
	}
	var body map[string]any
	if legacy {
		body = map[string]any{"legacy": []map[string]string{{"username": name}}}
	} else {
		body = map[string]any{"accounts": []map[string]any{{"name": name, "grants": []any{}}}}
	}
	return t.do(ctx, http.MethodPost, "/accounts", body, nil)
}

// DeleteAccounts deletes the named accounts of either kind.
func (t TestAPI) DeleteAccounts(ctx context.Context, names []string) error {
	return t.do(ctx, http.MethodPost, "/accounts/delete", map[string]any{"names": names}, nil)
}

// Sweep deletes every account of either kind whose name starts with prefix: what a run
// created and could not delete itself (a scenario cut short while the panel was still
// answering a request).
func (t TestAPI) Sweep(ctx context.Context, prefix string) ([]string, error) {
	list, err := t.Accounts(ctx)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, a := range list.Accounts {
		if strings.HasPrefix(a.Name, prefix) {
			names = append(names, a.Name)
		}
	}
	for _, l := range list.Legacy {
		if strings.HasPrefix(l.Username, prefix) {
			names = append(names, l.Username)
		}
	}
	if len(names) == 0 {
		return nil, nil
	}
	return names, t.DeleteAccounts(ctx, names)
}

// Accounts lists the store's accounts as the simulator knows them.
func (t TestAPI) Accounts(ctx context.Context) (Accounts, error) {
	var list panel.AccountList
	err := t.do(ctx, http.MethodGet, "/accounts", nil, &list)
	return Accounts(list), err
}

// Store describes the simulated store: its era, hash and users.
func (t TestAPI) Store(ctx context.Context) (panel.StoreInfo, error) {
	var info panel.StoreInfo
	err := t.do(ctx, http.MethodGet, "/store", nil, &info)
	return info, err
}

// Accounts is a snapshot of the store's accounts.
type Accounts panel.AccountList

// Has reports whether an account of either kind has this name.
func (a Accounts) Has(name string) bool {
	for _, acc := range a.Accounts {
		if acc.Name == name {
			return true
		}
	}
	for _, l := range a.Legacy {
		if l.Username == name {
			return true
		}
	}
	return false
}

func (t TestAPI) do(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	url := strings.TrimSuffix(t.BaseURL, "/") + "/__test" + path
	req, err := http.NewRequestWithContext(ctx, method, url, body)
	if err != nil {
		return fmt.Errorf("test API: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	client := t.Client
	if client == nil {
		client = http.DefaultClient
	}
	resp, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("test API: %w", err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	if err != nil {
		return fmt.Errorf("test API %s %s: %w", method, path, err)
	}
	if resp.StatusCode >= 300 {
		var e struct{ Error string }
		_ = json.Unmarshal(data, &e)
		if e.Error == "" {
			e.Error = resp.Status
		}
		return fmt.Errorf("test API %s %s: %s", method, path, e.Error)
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			return fmt.Errorf("test API %s %s: %w", method, path, err)
		}
	}
	return nil
}

// Probe tells whether the target at t.BaseURL offers the simulator's test API; a real
// product does not, and is set up and cleaned up through its own pages instead. It fails
// when nothing answers there at all — refused, or no such host — since no login or browser
// would help; a slow answer is left to the pages, which have timeouts of their own.
func (t TestAPI) Probe(ctx context.Context) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	_, err := t.Store(ctx)
	var unreachable *url.Error
	if errors.As(err, &unreachable) && !unreachable.Timeout() && ctx.Err() == nil {
		return false, fmt.Errorf("cannot reach %s: %w", t.BaseURL, unreachable.Err)
	}
	return err == nil, nil
}

// Names lists the names of the store's accounts of both kinds.
func (t TestAPI) Names(ctx context.Context) ([]string, error) {
	list, err := t.Accounts(ctx)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, a := range list.Accounts {
		names = append(names, a.Name)
	}
	for _, l := range list.Legacy {
		names = append(names, l.Username)
	}
	return names, nil
}
