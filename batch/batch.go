package batch

import (
	"context"
	"iter"
	"runtime"
	"sync"
)

// Options configures [Map] and the entry points built on it.
type Options struct {
	// Workers is the number of goroutines that run the function; 0 means
	// runtime.GOMAXPROCS(0).
	Workers int
	// Window is the most items read ahead of the one being yielded; 0
	// means 4 × Workers. It bounds memory: items and outputs in flight.
	Window int
}

func (o Options) sizes() (workers, window int) {
	workers = o.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	window = o.Window
	if window <= 0 {
		window = 4 * workers
	}
	return workers, max(window, workers)
}

// Map runs fn on every item of in on a pool of workers and yields the
// outputs in input order. newState is called once per worker; fn receives
// that worker's state and may reuse it for every item it runs (it is never
// shared between goroutines). fn should return promptly once ctx is done.
//
// The error of a pair is nil except for the last pair yielded after ctx is
// cancelled, which carries ctx.Err() and a zero output. Stopping the range
// loop early stops the workers; Map returns once they have finished the
// items at hand. The iterator in is read from one goroutine other than
// the caller's.
func Map[In, Out, S any](ctx context.Context, in iter.Seq[In], opt Options, newState func() S, fn func(ctx context.Context, state S, item In) Out) iter.Seq2[Out, error] {
	return func(yield func(Out, error) bool) {
		workers, window := opt.sizes()
		run, stop := context.WithCancel(ctx)
		defer stop()

		// Slots carry an item to a worker and its output back; a slot is
		// reused once its output has been yielded, so nothing is allocated
		// per item here.
		type slot struct {
			in   In
			out  Out
			done chan struct{}
		}
		slots := make([]slot, window)
		free := make(chan int, window)
		for i := range slots {
			slots[i].done = make(chan struct{}, 1)
			free <- i
		}
		jobs := make(chan int, window)
		order := make(chan int, window)

		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				state := newState()
				for i := range jobs {
					if run.Err() == nil {
						slots[i].out = fn(run, state, slots[i].in)
					}
					slots[i].done <- struct{}{}
				}
			}()
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer close(order)
			defer close(jobs)
			for x := range in {
				var i int
				select {
				case i = <-free:
				case <-run.Done():
					return
				}
				slots[i].in = x
				// Neither send blocks: at most window slots are out.
				jobs <- i
				order <- i
			}
		}()
		defer func() {
			stop()
			wg.Wait()
		}()

		var zeroIn In
		var zeroOut Out
		for i := range order {
			select {
			case <-slots[i].done:
			case <-run.Done():
				if err := ctx.Err(); err != nil {
					yield(zeroOut, err)
				}
				return
			}
			if ctx.Err() != nil {
				// The output may be partial: the function saw ctx done.
				break
			}
			out := slots[i].out
			slots[i].in, slots[i].out = zeroIn, zeroOut
			free <- i
			if !yield(out, nil) {
				return
			}
		}
		if err := ctx.Err(); err != nil {
			yield(zeroOut, err)
		}
	}
}
