package panel

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"net/http"
	"time"
)

// Cookie names. The login form's CSRF token is a double-submit cookie because there is no
// session yet.
const (
	sessionCookie   = "panel_session"
	loginCSRFCookie = "panel_login_csrf"
	csrfField       = "csrf_token"
	maxSessions     = 10000
)

// session is one logged-in browser. Guarded by Server.mu.
type session struct {
	id          string
	user        *User
	csrf        string
	expires     time.Time // zero: never
	flash       string
	pending     map[string]Account // one-time credentials awaiting Done, by key
	legacyDraft string             // the token shown on the create-legacy form
	announced   bool               // the "What's new" dialog was shown (Faults.WhatsNew)
}

// secret returns 32 hex characters from crypto/rand: session ids and CSRF tokens must not be
// guessable, so unlike credentials they do not come from the seed.
func secret() string {
	var b [16]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

func sameSecret(a, b string) bool {
	return a != "" && subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}

func (s *Server) newSession(w http.ResponseWriter, u *User) {
	sess := &session{id: secret(), user: u, csrf: secret(), pending: map[string]Account{}}
	if ttl := s.opts.Faults.SessionTTL; ttl > 0 {
		sess.expires = s.opts.Now().Add(ttl)
	}
	s.mu.Lock()
	if len(s.sessions) >= maxSessions {
		s.pruneSessionsLocked()
	}
	s.sessions[sess.id] = sess
	s.st.issued = append(s.st.issued, sess.id, sess.csrf)
	s.mu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: sess.id, Path: "/",
		HttpOnly: true, SameSite: http.SameSiteLaxMode})
}

// pruneSessionsLocked drops expired sessions, then the rest if still full: a flood of logins
// must not grow memory without bound.
func (s *Server) pruneSessionsLocked() {
	now := s.opts.Now()
	for id, sess := range s.sessions {
		if !sess.expires.IsZero() && now.After(sess.expires) {
			delete(s.sessions, id)
		}
	}
	if len(s.sessions) >= maxSessions {
		clear(s.sessions)
	}
}

// sessionState says why a request has no usable session.
type sessionState int

const (
	sessionOK sessionState = iota
	sessionMissing
	sessionExpired
)

// lookup finds the request's session. The returned session must only be read or written
// under s.mu.
func (s *Server) lookup(r *http.Request) (*session, sessionState) {
	c, err := r.Cookie(sessionCookie)
	if err != nil {
		return nil, sessionMissing
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	sess := s.sessions[c.Value]
	if sess == nil {
		return nil, sessionMissing
	}
	if !sess.expires.IsZero() && s.opts.Now().After(sess.expires) {
		delete(s.sessions, sess.id)
		return nil, sessionExpired
	}
	return sess, sessionOK
}

func (s *Server) endSession(w http.ResponseWriter, sess *session) {
	s.mu.Lock()
	delete(s.sessions, sess.id)
	s.mu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, SameSite: http.SameSiteLaxMode})
}

// takeFlash returns and clears the one-shot message shown on the next page.
func (s *Server) takeFlash(sess *session) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	f := sess.flash
	sess.flash = ""
	return f
}

func (s *Server) setFlash(sess *session, msg string) {
	s.mu.Lock()
	sess.flash = msg
	s.mu.Unlock()
}
