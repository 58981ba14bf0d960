package feed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Fetcher gets URLs politely and patiently. The zero value is not ready:
// use NewFetcher.
type Fetcher struct {
	Client    *http.Client
	Limiter   *Limiter
	Retries   int           // attempts after the first on a retryable failure
	Backoff   time.Duration // wait before the first retry; doubled for each next one
	MaxBackof time.Duration // longest wait between attempts
	MaxBytes  int64         // largest body read
	UserAgent string
}

// NewFetcher returns a Fetcher with a per-request timeout, a politeness
// interval per host, 3 retries from 1 s backoff, and a 10 MB body limit.
func NewFetcher(timeout, politeness time.Duration) *Fetcher {
	f := &Fetcher{
		Limiter: NewLimiter(politeness), Retries: 3, Backoff: time.Second, MaxBackof: time.Minute,
		MaxBytes: 10 << 20, UserAgent: "warta/1 (news feed follower)",
	}
	f.Client = &http.Client{Timeout: timeout, CheckRedirect: f.checkRedirect}
	return f
}

// checkRedirect follows at most 10 redirects, each waiting its turn for its host.
func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) >= 10 {
		return errors.New("stopped after 10 redirects")
	}
	return f.Limiter.Wait(req.Context(), req.URL.Host)
}

// Response is a fetched URL.
type Response struct {
	URL          string // final URL, after redirects
	Status       int    // 200, or 304 for not modified
	Body         []byte
	ContentType  string
	ETag         string
	LastModified string
}

// HTTPError is a response with a status that is neither success nor 304.
type HTTPError struct {
	URL    string
	Status int
}

func (e *HTTPError) Error() string {
	return fmt.Sprintf("%s: HTTP %d %s", e.URL, e.Status, http.StatusText(e.Status))
}

// Permanent reports whether retrying later cannot help (4xx other than 408 and 429).
func (e *HTTPError) Permanent() bool {
	return e.Status >= 400 && e.Status < 500 && e.Status != http.StatusRequestTimeout && e.Status != http.StatusTooManyRequests
}

// ErrTooLarge is returned (wrapped) for a body over MaxBytes.
var ErrTooLarge = errors.New("response too large")

// Get fetches url, sending etag and lastModified (when set) as validators.
// Network errors, timeouts, 408, 429 and 5xx are retried with exponential
// backoff; the last error is returned, naming the URL.
func (f *Fetcher) Get(ctx context.Context, url, etag, lastModified string) (*Response, error) {
	wait := f.Backoff
	var err error
	for attempt := 0; ; attempt++ {
		var resp *Response
		var retryAfter time.Duration
		resp, retryAfter, err = f.get(ctx, url, etag, lastModified)
		if err == nil {
			return resp, nil
		}
		var he *HTTPError
		if ctx.Err() != nil || errors.Is(err, ErrTooLarge) || (errors.As(err, &he) && he.Permanent()) || attempt >= f.Retries {
			return nil, err
		}
		d := max(wait, retryAfter)
		if f.MaxBackof > 0 {
			d = min(d, f.MaxBackof)
		}
		t := time.NewTimer(d)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return nil, err
		}
		wait *= 2
	}
}

func (f *Fetcher) get(ctx context.Context, url, etag, lastModified string) (*Response, time.Duration, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", url, err)
	}
	if err := f.Limiter.Wait(ctx, req.URL.Host); err != nil {
		return nil, 0, fmt.Errorf("%s: %w", url, err)
	}
	req.Header.Set("User-Agent", f.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5")
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	res, err := f.Client.Do(req)
	if err != nil {
		return nil, 0, fmt.Errorf("get %w", err) // *url.Error names the URL
	}
	defer res.Body.Close()
	out := &Response{URL: res.Request.URL.String(), Status: res.StatusCode, ContentType: res.Header.Get("Content-Type"),
		ETag: res.Header.Get("ETag"), LastModified: res.Header.Get("Last-Modified")}
	switch {
	case res.StatusCode == http.StatusNotModified:
		return out, 0, nil
	case res.StatusCode < 200 || res.StatusCode > 299:
		io.Copy(io.Discard, io.LimitReader(res.Body, 64<<10)) // let the connection be reused
		return nil, retryAfter(res.Header.Get("Retry-After")), &HTTPError{URL: url, Status: res.StatusCode}
	}
	body, err := io.ReadAll(io.LimitReader(res.Body, f.MaxBytes+1))
	if err != nil {
		return nil, 0, fmt.Errorf("read %s: %w", url, err)
	}
	if int64(len(body)) > f.MaxBytes {
		return nil, 0, fmt.Errorf("%s: %w (over %d bytes)", url, ErrTooLarge, f.MaxBytes)
	}
	out.Body = body
	return out, 0, nil
}

// retryAfter reads a Retry-After header given in seconds (dates are ignored).
func retryAfter(h string) time.Duration {
	n, err := strconv.Atoi(strings.TrimSpace(h))
	if err != nil || n <= 0 {
		return 0
	}
	return time.Duration(n) * time.Second
}

// charsetOf returns the charset parameter of a Content-Type, lower case.
func charsetOf(contentType string) string {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return strings.ToLower(params["charset"])
}

// xmlDeclaresEncoding reports whether b starts with an XML declaration
// naming an encoding (gofeed decodes those itself).
func xmlDeclaresEncoding(b []byte) bool {
	head := b[:min(len(b), 200)]
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if !bytes.HasPrefix(head, []byte("<?xml")) {
		return false
	}
	end := bytes.Index(head, []byte("?>"))
	return end > 0 && bytes.Contains(head[:end], []byte("encoding"))
}
