// Package batch checks many departments at once, on all cores, and yields
// the results in input order.
//
// # Entry points
//
// [Map] is the general form: it reads items from an iterator, runs a
// function on each on a pool of workers (GOMAXPROCS of them by default), and
// yields the outputs in the order the items came. Each worker owns a state
// value made once, which the function may reuse from one item to the next
// (buffers, a ledger to [accounts.Ledger.Reset]). [Departments] builds each
// department's ledger from its entries in a reused ledger and checks it;
// [Ledgers] checks ledgers already built; [Documents] checks read or built
// reports ([disclosure.Document]).
//
// # Memory
//
// At most Window items are read ahead of the one being yielded, so memory
// stays flat however many departments the iterator produces: a country's
// 600,000 budget units stream through the same few buffers.
//
// # Cancellation and errors
//
// When the context is cancelled the iteration stops: the workers finish
// the item at hand, no further item is read, and the last pair yielded
// carries the context's error. A department that cannot be built or whose
// check panics gets a [Result] with Err set; the others go on. Breaking out
// of the loop stops the workers too.
package batch
