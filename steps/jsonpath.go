package steps

import (
	"encoding/json"
	"strconv"
	"strings"
)

// jsonAt is the value at a profile's dotted JSON path in an answer decoded with UseNumber:
// "data.id" is the id key of the data object, a number indexes an array ("data.0"), and ""
// or "." is the answer itself. false when the path leads nowhere.
func jsonAt(v any, path string) (any, bool) {
	if path == "" || path == "." {
		return v, true
	}
	for _, key := range strings.Split(path, ".") {
		switch t := v.(type) {
		case map[string]any:
			var ok bool
			if v, ok = t[key]; !ok {
				return nil, false
			}
		case []any:
			i, err := strconv.Atoi(key)
			if err != nil || i < 0 || i >= len(t) {
				return nil, false
			}
			v = t[i]
		default:
			return nil, false
		}
	}
	return v, true
}

// jsonText is a scalar as a request or a comparison needs it: a string as it is, a number as
// written (Strapi's ids are numbers); false for null, objects and arrays.
func jsonText(v any) (string, bool) {
	switch t := v.(type) {
	case string:
		return t, true
	case json.Number:
		return t.String(), true
	case bool:
		return strconv.FormatBool(t), true
	}
	return "", false
}

// jsonStrings are every string and number inside v: what a secret path holds, however it is
// shaped (a key, or an object of key and salt).
func jsonStrings(v any) []string {
	switch t := v.(type) {
	case map[string]any:
		var out []string
		for _, e := range t {
			out = append(out, jsonStrings(e)...)
		}
		return out
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, jsonStrings(e)...)
		}
		return out
	}
	if s, ok := jsonText(v); ok {
		return []string{s}
	}
	return nil
}

// decodeJSON decodes an answer keeping numbers as written. Its error never quotes the
// answer, which may hold a secret.
func decodeJSON(body string) (any, bool) {
	d := json.NewDecoder(strings.NewReader(body))
	d.UseNumber()
	var v any
	if d.Decode(&v) != nil || d.More() {
		return nil, false
	}
	return v, true
}
