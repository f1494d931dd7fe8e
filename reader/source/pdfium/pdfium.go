package pdfium

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"unicode"

	"github.com/cnfiscal/fiscal/reader/input"
	"github.com/cnfiscal/fiscal/reader/source"
	gopdfium "github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/structs"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// Options configure an Engine.
type Options struct {
	// CacheDir keeps wazero's compiled WebAssembly between runs (about
	// 21 MB); empty compiles it anew each time an Engine starts.
	CacheDir string
	// Instances is the most documents read at once; 0 is 1.
	Instances int
}

// Engine runs pdfium in-process. It is safe for concurrent use, up to
// Options.Instances documents at a time.
type Engine struct {
	pool  gopdfium.Pool
	cache wazero.CompilationCache
}

// New starts the WebAssembly runtime and compiles pdfium (the slow part:
// see the package documentation). The runtime gets no file system, no
// standard output and no standard error.
func New(opts Options) (*Engine, error) {
	var cache wazero.CompilationCache
	if opts.CacheDir != "" {
		c, err := wazero.NewCompilationCacheWithDir(opts.CacheDir)
		if err != nil {
			return nil, fmt.Errorf("pdfium: compilation cache: %w", err)
		}
		cache = c
	} else {
		cache = wazero.NewCompilationCache()
	}
	n := max(opts.Instances, 1)
	rc := wazero.NewRuntimeConfig().WithCompilationCache(cache).
		WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling)
	pool, err := webassembly.Init(webassembly.Config{
		MinIdle: 1, MaxIdle: n, MaxTotal: n,
		FSConfig:      wazero.NewFSConfig(), // nothing of the host's files
		RuntimeConfig: rc,
		Stdout:        io.Discard,
		Stderr:        io.Discard,
	})
	if err != nil {
		_ = cache.Close(context.Background())
		return nil, fmt.Errorf("pdfium: starting the WebAssembly runtime: %w", err)
	}
	return &Engine{pool: pool, cache: cache}, nil
}

// Close stops the runtime.
func (e *Engine) Close() error {
	err := e.pool.Close()
	return errors.Join(err, e.cache.Close(context.Background()))
}

// Name returns "pdfium".
func (e *Engine) Name() string { return "pdfium" }

// Words reads every character of pdf with its box: the characters of a
// page are words of one character each, whose horizontal extent is the
// character's advance (FPDFText_GetLooseCharBox) and whose vertical
// extent is computed from the baseline (FPDFText_GetCharOrigin) and the
// font size, so that characters on one baseline have one middle whatever
// their font states. The deadline of ctx is checked between pages and
// every thousand characters (a call into pdfium is not interrupted).
func (e *Engine) Words(ctx context.Context, pdf []byte, lim source.PDFLimits) ([]source.PDFPageWords, error) {
	inst, err := e.pool.GetInstanceWithContext(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, &source.PDFError{Engine: "pdfium", Detail: err.Error()}
	}
	defer inst.Close()
	doc, err := inst.OpenDocument(&requests.OpenDocument{File: &pdf})
	if err != nil {
		return nil, &source.PDFError{Engine: "pdfium", Detail: "a damaged or encrypted PDF: " + err.Error()}
	}
	defer inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: doc.Document})
	pc, err := inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: doc.Document})
	if err != nil {
		return nil, &source.PDFError{Engine: "pdfium", Detail: err.Error()}
	}
	if lim.MaxPages > 0 && pc.PageCount > lim.MaxPages {
		return nil, input.NotReadable(input.ReasonTooManyPages, fmt.Sprintf("%d pages, more than %d (PDFLimits.MaxPages)", pc.PageCount, lim.MaxPages))
	}
	out := make([]source.PDFPageWords, 0, pc.PageCount)
	for i := range pc.PageCount {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		p, err := pageWords(ctx, inst, doc.Document, i, lim)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

// pageWords reads the characters of page i.
func pageWords(ctx context.Context, inst gopdfium.Pdfium, doc references.FPDF_DOCUMENT, i int, lim source.PDFLimits) (source.PDFPageWords, error) {
	fail := func(err error) (source.PDFPageWords, error) {
		if ctx.Err() != nil {
			return source.PDFPageWords{}, ctx.Err()
		}
		return source.PDFPageWords{}, &source.PDFError{Engine: "pdfium", Page: i + 1, Detail: err.Error()}
	}
	size, err := inst.FPDF_GetPageSizeByIndex(&requests.FPDF_GetPageSizeByIndex{Document: doc, Index: i})
	if err != nil {
		return fail(err)
	}
	page := requests.Page{ByIndex: &requests.PageByIndex{Document: doc, Index: i}}
	tp, err := inst.FPDFText_LoadPage(&requests.FPDFText_LoadPage{Page: page})
	if err != nil {
		return fail(err)
	}
	defer inst.FPDFText_ClosePage(&requests.FPDFText_ClosePage{TextPage: tp.TextPage})
	cc, err := inst.FPDFText_CountChars(&requests.FPDFText_CountChars{TextPage: tp.TextPage})
	if err != nil {
		return fail(err)
	}
	if lim.MaxWords > 0 && cc.Count > lim.MaxWords {
		return source.PDFPageWords{}, input.NotReadable(input.ReasonTooLarge, fmt.Sprintf("page %d has %d characters, more than %d (PDFLimits.MaxWords)", i+1, cc.Count, lim.MaxWords))
	}
	h := size.Height
	out := source.PDFPageWords{Width: size.Width, Height: h}
	for j := range cc.Count {
		if j%1000 == 999 && ctx.Err() != nil {
			return source.PDFPageWords{}, ctx.Err()
		}
		u, err := inst.FPDFText_GetUnicode(&requests.FPDFText_GetUnicode{TextPage: tp.TextPage, Index: j})
		if err != nil {
			return fail(err)
		}
		r := rune(u.Unicode)
		if r == 0 || r > unicode.MaxRune || unicode.IsSpace(r) || unicode.IsControl(r) || r == 0xFFFE || r == 0xFFFF {
			continue
		}
		box, err := inst.FPDFText_GetLooseCharBox(&requests.FPDFText_GetLooseCharBox{TextPage: tp.TextPage, Index: j})
		if err != nil {
			return fail(err)
		}
		org, err := inst.FPDFText_GetCharOrigin(&requests.FPDFText_GetCharOrigin{TextPage: tp.TextPage, Index: j})
		if err != nil {
			return fail(err)
		}
		fs, err := inst.FPDFText_GetFontSize(&requests.FPDFText_GetFontSize{TextPage: tp.TextPage, Index: j})
		if err != nil {
			return fail(err)
		}
		ang, err := inst.FPDFText_GetCharAngle(&requests.FPDFText_GetCharAngle{TextPage: tp.TextPage, Index: j})
		if err != nil {
			return fail(err)
		}
		w := charWord(r, box.Rect, org.X, org.Y, fs.FontSize, float64(ang.CharAngle), h)
		out.Words = append(out.Words, w)
	}
	return out, nil
}

// charWord is a character's word: along its text, the extent of its
// advance (the loose box); across it, 0.8 em above the baseline to 0.2 em
// below, the baseline through its origin. The text direction is the
// character's angle (counter-clockwise, in radians) rounded to a quarter
// turn. Coordinates go from the page's top left (y downwards).
func charWord(r rune, b structs.FPDF_FS_RECTF, ox, oy, fontSize, angle, pageHeight float64) source.PDFWord {
	l, rt, bot, top := float64(b.Left), float64(b.Right), float64(b.Bottom), float64(b.Top)
	if rt < l {
		l, rt = rt, l
	}
	if top < bot {
		bot, top = top, bot
	}
	quarter := int(math.Round(angle/(math.Pi/2))) & 3
	em := emOf(fontSize, top-bot)
	if quarter == 1 || quarter == 3 {
		em = emOf(fontSize, rt-l)
	}
	// x0, x1, y0, y1 in the page's space (y upwards).
	var x0, x1, y0, y1 float64
	switch quarter {
	case 0: // left to right
		x0, x1, y0, y1 = l, rt, oy-0.2*em, oy+0.8*em
	case 1: // bottom to top: "up" is to the left
		x0, x1, y0, y1 = ox-0.8*em, ox+0.2*em, bot, top
	case 2: // right to left, upside down
		x0, x1, y0, y1 = l, rt, oy-0.8*em, oy+0.2*em
	case 3: // top to bottom: "up" is to the right
		x0, x1, y0, y1 = ox-0.2*em, ox+0.8*em, bot, top
	}
	return source.PDFWord{Text: string(r), X0: x0, X1: x1, Y0: pageHeight - y1, Y1: pageHeight - y0, Size: em}
}

// emOf is the font size: pdfium's, unless the text matrix scales a font
// of nominal size 1 (then the loose box's height, ascent to descent, is
// nearer the printed size).
func emOf(fontSize, looseHeight float64) float64 {
	if looseHeight < 0 {
		looseHeight = -looseHeight
	}
	if fontSize > 2 && (looseHeight == 0 || (looseHeight > fontSize/3 && looseHeight < fontSize*3)) {
		return fontSize
	}
	if looseHeight > 0 {
		return looseHeight
	}
	return max(fontSize, 1)
}
