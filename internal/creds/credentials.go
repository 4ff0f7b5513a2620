package creds

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Credentials are the owner's log-in.
type Credentials struct {
	Username, Password string
}

// LoadCredentials reads an owner-only file of KEY=VALUE lines (the shell and dotenv format, so
// the same file can feed `set -a; . file`):
//
//	DOCDRIFT_USERNAME=owner@example.com
//	DOCDRIFT_PASSWORD='s3cret'
//
// userKey and passKey name the two keys. Blank lines and # comments are allowed; values may be
// single- or double-quoted. Errors carry the file's line.
func LoadCredentials(path, userKey, passKey string) (Credentials, error) {
	if err := checkPrivate(path); err != nil {
		return Credentials{}, err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return Credentials{}, err
	}
	var c Credentials
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		key, value, ok := strings.Cut(strings.TrimPrefix(text, "export "), "=")
		key = strings.TrimSpace(key)
		if !ok {
			return Credentials{}, fmt.Errorf("%s:%d: want KEY=VALUE", path, line)
		}
		value, err := unquote(strings.TrimSpace(value))
		if err != nil {
			return Credentials{}, fmt.Errorf("%s:%d: %s: %v", path, line, key, err) // never the value
		}
		switch key {
		case userKey:
			c.Username = value
		case passKey:
			c.Password = value
		default:
			return Credentials{}, fmt.Errorf("%s:%d: unknown key %q (want %s or %s)", path, line, key, userKey, passKey)
		}
	}
	if err := sc.Err(); err != nil {
		return Credentials{}, fmt.Errorf("%s: %w", path, err)
	}
	if c.Username == "" || c.Password == "" {
		return Credentials{}, fmt.Errorf("%s: needs both %s and %s", path, userKey, passKey)
	}
	return c, nil
}

func unquote(v string) (string, error) {
	switch {
	case len(v) >= 2 && v[0] == '\'' && v[len(v)-1] == '\'':
		return v[1 : len(v)-1], nil
	case len(v) >= 1 && v[0] == '"':
		s, err := strconv.Unquote(v)
		if err != nil {
			return "", fmt.Errorf("unterminated or malformed double-quoted value")
		}
		return s, nil
	case strings.HasPrefix(v, "'"):
		return "", fmt.Errorf("unterminated single-quoted value")
	}
	return v, nil
}
