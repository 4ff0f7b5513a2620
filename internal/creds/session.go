package creds

import (
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/go-rod/rod/lib/proto"
)

// Session is a saved log-in: the cookies a browser held after logging into a panel.
type Session struct {
	BaseURL string                      `json:"base_url"`
	Saved   time.Time                   `json:"saved"`
	Cookies []*proto.NetworkCookieParam `json:"cookies"`
}

// SaveSession writes s to path, readable by its owner only.
func SaveSession(path string, s Session) error {
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	if err := writePrivate(path, append(data, '\n')); err != nil {
		return fmt.Errorf("save session: %w", err)
	}
	return nil
}

// LoadSession reads a session saved by SaveSession for baseURL. A session of another panel, or
// one without cookies, is refused: using it would only show a log-in page later.
func LoadSession(path, baseURL string) (Session, error) {
	if err := checkPrivate(path); err != nil {
		return Session{}, err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return Session{}, err
	}
	var s Session
	if err := json.Unmarshal(data, &s); err != nil {
		return Session{}, fmt.Errorf("%s: not a docdrift session file: %v", path, err)
	}
	switch {
	case len(s.Cookies) == 0:
		return Session{}, fmt.Errorf("%s: the session holds no cookies; log in again with docdrift login --save-session %s", path, path)
	case baseURL != "" && s.BaseURL != baseURL:
		return Session{}, fmt.Errorf("%s: the session is for %s, not %s", path, s.BaseURL, baseURL)
	}
	return s, nil
}

// FromCookies keeps what a browser needs to send the cookies again.
func FromCookies(cookies []*proto.NetworkCookie) []*proto.NetworkCookieParam {
	out := make([]*proto.NetworkCookieParam, 0, len(cookies))
	for _, c := range cookies {
		p := &proto.NetworkCookieParam{Name: c.Name, Value: c.Value, Domain: c.Domain, Path: c.Path,
			Secure: c.Secure, HTTPOnly: c.HTTPOnly, SameSite: c.SameSite}
		if !c.Session {
			p.Expires = c.Expires
		}
		out = append(out, p)
	}
	return out
}
