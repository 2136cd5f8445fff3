package funding

import (
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

func TestAllocate(t *testing.T) {
	for _, tc := range []struct {
		name    string
		total   string
		weights []int64
		want    []string
	}{
		{"even", "100", []int64{1, 1, 1, 1}, []string{"25.00", "25.00", "25.00", "25.00"}},
		{"a fen left over goes to the first of equal remainders", "100", []int64{1, 1, 1}, []string{"33.34", "33.33", "33.33"}},
		{"two fen left over", "0.05", []int64{1, 1, 1}, []string{"0.02", "0.02", "0.01"}},
		{"largest remainder wins over position", "1", []int64{1, 2}, []string{"0.33", "0.67"}},
		{"zero weight gets nothing", "10", []int64{0, 3, 0, 1}, []string{"0.00", "7.50", "0.00", "2.50"}},
		{"negative total mirrors", "-100", []int64{1, 1, 1}, []string{"-33.34", "-33.33", "-33.33"}},
		{"zero total", "0", []int64{5, 7}, []string{"0.00", "0.00"}},
		{"one weight", "123.45", []int64{9}, []string{"123.45"}},
		{"huge weights", "999999999999999.99", []int64{math.MaxInt64 / 2, math.MaxInt64 / 2}, []string{"500000000000000.00", "499999999999999.99"}},
	} {
		parts, err := Allocate(MustParseMoney(tc.total), tc.weights)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		got := make([]string, len(parts))
		for i, p := range parts {
			got[i] = p.String()
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

func TestAllocateErrors(t *testing.T) {
	for _, tc := range []struct {
		weights []int64
		want    error
	}{
		{nil, ErrNoWeights},
		{[]int64{}, ErrNoWeights},
		{[]int64{1, -1}, ErrNegativeWeight},
		{[]int64{0, 0}, ErrZeroWeights},
		{[]int64{math.MaxInt64, 1}, ErrOutOfRange},
	} {
		if parts, err := Allocate(Yuan(100), tc.weights); !errors.Is(err, tc.want) || parts != nil {
			t.Errorf("Allocate(%v) = %v, %v; want %v", tc.weights, parts, err, tc.want)
		}
	}
}

func TestAllocateProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		total := genMoney().Draw(t, "total")
		maxW := rapid.SampledFrom([]int64{3, 1_000, math.MaxInt64 / 64}).Draw(t, "maxWeight")
		weights := rapid.SliceOfN(rapid.Int64Range(0, maxW), 1, 40).Draw(t, "weights")
		var sum int64
		for _, w := range weights {
			sum += w
		}
		parts, err := Allocate(total, weights)
		if sum == 0 {
			if !errors.Is(err, ErrZeroWeights) {
				t.Fatalf("all-zero weights: %v", err)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		var got Money
		bigSum := big.NewInt(sum)
		for i, p := range parts {
			got = got.Add(p)
			// |part × Σw − total × w| < Σw, i.e. within a fen of the exact share
			diff := new(big.Int).Mul(big.NewInt(p.fen), bigSum)
			diff.Sub(diff, new(big.Int).Mul(big.NewInt(total.fen), big.NewInt(weights[i])))
			if diff.CmpAbs(bigSum) >= 0 {
				t.Fatalf("part %d = %s is a fen or more from its share of %s by %v", i, p, total, weights)
			}
		}
		if !got.Equal(total) {
			t.Fatalf("parts add up to %s, not %s", got, total)
		}
		neg, err := Allocate(total.Neg(), weights)
		if err != nil {
			t.Fatal(err)
		}
		for i := range parts {
			if !neg[i].Equal(parts[i].Neg()) {
				t.Fatalf("Allocate(−x)[%d] = %s, want %s", i, neg[i], parts[i].Neg())
			}
		}
	})
}

func BenchmarkAllocate(b *testing.B) {
	b.ReportAllocs()
	weights := []int64{300, 280, 310, 295, 301, 287, 305, 299, 290, 303}
	total := Yuan(10_000_000)
	for b.Loop() {
		_, _ = Allocate(total, weights)
	}
}
