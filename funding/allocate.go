package funding

import (
	"errors"
	"fmt"
	"math/bits"
	"slices"
)

// Errors of Allocate.
var (
	ErrNoWeights      = errors.New("funding: allocate: no weights")
	ErrNegativeWeight = errors.New("funding: allocate: negative weight")
	ErrZeroWeights    = errors.New("funding: allocate: all weights are zero")
)

// Allocate divides total into parts proportional to weights by the largest
// remainder method (最大余额法): each part first gets its exact share
// rounded toward zero to the fen, then the fen left over go one each to the
// parts with the largest remainders. The parts add up to total exactly, and
// each differs from its exact share total × w / Σw by less than one fen. A
// part with weight zero gets nothing.
//
// Ties are broken deterministically: among equal remainders the part that
// comes first in weights gets the fen first. A negative total is allocated
// as its magnitude and every part negated, so Allocate(−x) is the negation
// of Allocate(x).
//
// The errors are ErrNoWeights (an empty list), ErrNegativeWeight (naming the
// index) and ErrZeroWeights; weights whose sum overflows int64 give an
// error wrapping ErrOutOfRange.
//
// # Source
//
// RULES.md §11: shares of a total are allocated by largest remainder so
// that they add up exactly.
func Allocate(total Money, weights []int64) ([]Money, error) {
	if len(weights) == 0 {
		return nil, ErrNoWeights
	}
	var sum uint64
	for i, w := range weights {
		if w < 0 {
			return nil, fmt.Errorf("%w: weights[%d] = %d", ErrNegativeWeight, i, w)
		}
		var carry uint64
		sum, carry = bits.Add64(sum, uint64(w), 0)
		if carry != 0 || sum > 1<<63-1 {
			return nil, fmt.Errorf("%w: the weights' sum overflows", ErrOutOfRange)
		}
	}
	if sum == 0 {
		return nil, ErrZeroWeights
	}
	amount := uabs(total.fen)
	parts := make([]Money, len(weights))
	type remainder struct {
		index int
		rem   uint64
	}
	rems := make([]remainder, 0, len(weights))
	var given uint64
	for i, w := range weights {
		// amount × w < 2^57 × 2^63, and amount × w / sum ≤ amount, so the
		// high word is below sum and Div64 cannot overflow.
		hi, lo := bits.Mul64(amount, uint64(w))
		q, rem := bits.Div64(hi, lo, sum)
		parts[i] = Money{int64(q)}
		given += q
		if rem != 0 {
			rems = append(rems, remainder{i, rem})
		}
	}
	left := amount - given // fewer than len(rems) fen
	if left > 0 {
		slices.SortStableFunc(rems, func(a, b remainder) int {
			switch {
			case a.rem > b.rem:
				return -1
			case a.rem < b.rem:
				return 1
			}
			return 0
		})
		for _, r := range rems[:left] {
			parts[r.index].fen++
		}
	}
	if total.fen < 0 {
		for i := range parts {
			parts[i].fen = -parts[i].fen
		}
	}
	return parts, nil
}
