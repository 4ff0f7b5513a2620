package browsertest

import "net/http"

// Pages is a handler serving each path's HTML ("/" answers every path no other names); add
// handlers of a test's own to it before serving it with httptest.
func Pages(pages map[string]string) *http.ServeMux {
	mux := http.NewServeMux()
	for path, html := range pages {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write([]byte(html))
		})
	}
	return mux
}
