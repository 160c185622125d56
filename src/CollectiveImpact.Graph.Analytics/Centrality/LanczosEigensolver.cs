namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// The largest eigenvalue of a connected component's adjacency matrix and its unit eigenvector (the Perron vector), by
/// explicitly restarted Lanczos iteration with full reorthogonalization.
/// </summary>
/// <remarks>
/// <para><b>Method.</b> From a start vector v₁, build an orthonormal basis v₁ … v_j of the Krylov space
/// span{v₁, Av₁, …, A^{j−1}v₁} one matrix–vector product at a time (every new vector orthogonalized twice against all
/// earlier ones, so rounding cannot bring back converged directions), and the tridiagonal projection T_j = VᵀAV. The
/// largest eigenvalue θ of T_j (the Ritz value) and its eigenvector s give the Ritz vector y = V s, whose residual
/// ‖Ay − θy‖₂ is β_j |s_j| at no extra cost. After <see cref="MaxBasis"/> vectors the basis is dropped and the
/// iteration restarts from y, which keeps memory at <see cref="MaxBasis"/> vectors of the component's size.</para>
/// <para><b>Why not power iteration.</b> Power iteration on A + I (NetworkX) shrinks the error by
/// (1 + λ₂)/(1 + λ₁) per product; Lanczos by a Chebyshev polynomial of degree j in the same products, whose rate
/// depends on √((λ₁ − λ₂)/(λ₁ − λₙ)) instead (Saad 2011, § 6.6). On the near-bipartite FULL projections (people hang off
/// one organization each; −λ₁ is nearly an eigenvalue) power iteration on A oscillates and on A + I needs hundreds of
/// products; Lanczos picks the algebraically largest Ritz value, so the symmetric spectrum does no harm.</para>
/// <para><b>Stopping rule.</b> With θ₂ the second Ritz value, stop when the residual ‖Ay − θy‖₂ is at most
/// <c>tolerance</c> · (θ − θ₂) / 10. By the Davis–Kahan sin θ theorem the angle between y and the eigenvector is at
/// most ‖r‖₂ / gap, so every entry of y is then within about <c>tolerance</c> / 10 of the eigenvector's. The residual is
/// checked once more explicitly (one more product) before returning.</para>
/// <para><b>References.</b> Lanczos, C., "An iteration method for the solution of the eigenvalue problem of linear
/// differential and integral operators", J. Res. Nat. Bur. Standards 45(4), 255–282, 1950. doi:10.6028/jres.045.026.
/// Saad, Y., <i>Numerical Methods for Large Eigenvalue Problems</i>, 2nd ed., SIAM, 2011, ch. 6.
/// doi:10.1137/1.9781611970739. Davis, C. and Kahan, W. M., "The rotation of eigenvectors by a perturbation. III",
/// SIAM J. Numer. Anal. 7(1), 1–46, 1970. doi:10.1137/0707001.</para>
/// </remarks>
internal static class LanczosEigensolver
{
    /// <summary>Basis vectors kept before a restart.</summary>
    public const int MaxBasis = 32;

    /// <summary>
    /// The largest eigenvalue of <paramref name="matrix"/> and its unit eigenvector, from <paramref name="start"/>
    /// (not orthogonal to the eigenvector; a positive vector is never). Null when <paramref name="maxProducts"/>
    /// matrix–vector products were not enough; <paramref name="products"/> says how many were used.
    /// </summary>
    public static (double Value, double[] Vector)? Principal(
        ComponentMatrix matrix, double[] start, int maxProducts, double tolerance, CancellationToken cancellationToken, out int products)
    {
        var n = matrix.Size;
        products = 0;
        if (n == 1)
        {
            return (0.0, [1.0]);
        }

        var k = Math.Min(n, MaxBasis);
        var basis = new double[k][];
        var w = new double[n];
        var alpha = new double[k];
        var beta = new double[k];
        var t = new double[k * k];
        var s = new double[k * k];
        var next = (double[])start.Clone();
        Scale(next, 1.0 / Norm(next));
        while (true)
        {
            basis[0] = next;
            for (var j = 0; j < k; j++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (products >= maxProducts)
                {
                    return null;
                }

                matrix.Multiply(basis[j], w);
                products++;
                alpha[j] = 0.0;
                for (var pass = 0; pass < 2; pass++)
                {
                    for (var i = 0; i <= j; i++)
                    {
                        var c = Dot(w, basis[i]);
                        Axpy(-c, basis[i], w);
                        if (i == j)
                        {
                            alpha[j] += c;
                        }
                    }
                }

                beta[j] = Norm(w);
                var m = j + 1;
                Array.Clear(t, 0, m * m);
                for (var i = 0; i < m; i++)
                {
                    t[(i * m) + i] = alpha[i];
                    if (i + 1 < m)
                    {
                        t[(i * m) + i + 1] = beta[i];
                        t[((i + 1) * m) + i] = beta[i];
                    }
                }

                var values = SymmetricEigen.Decompose(t, m, s);
                var theta = values[0];
                var gap = m > 1 ? theta - values[1] : Math.Abs(theta);
                var threshold = tolerance * gap / 10.0;
                var invariant = beta[j] <= 1e-14 * Math.Max(Math.Abs(theta), 1.0);
                var residual = beta[j] * Math.Abs(s[((m - 1) * m) + 0]);
                if (invariant || residual <= threshold || m == k)
                {
                    next = RitzVector(basis, s, m, n);
                    if (invariant || residual <= threshold)
                    {
                        if (products >= maxProducts)
                        {
                            return null;
                        }

                        matrix.Multiply(next, w);
                        products++;
                        var rayleigh = Dot(w, next);
                        Axpy(-rayleigh, next, w);
                        if (Norm(w) <= Math.Max(threshold, 1e-13 * Math.Max(Math.Abs(rayleigh), 1.0)))
                        {
                            return (rayleigh, next);
                        }
                    }

                    break;
                }

                var following = basis[j + 1] ??= new double[n];
                for (var i = 0; i < n; i++)
                {
                    following[i] = w[i] / beta[j];
                }
            }
        }
    }

    private static double[] RitzVector(double[][] basis, double[] s, int m, int n)
    {
        var y = new double[n];
        for (var i = 0; i < m; i++)
        {
            Axpy(s[i * m], basis[i], y);
        }

        Scale(y, 1.0 / Norm(y));
        return y;
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static void Axpy(double factor, ReadOnlySpan<double> x, Span<double> y)
    {
        for (var i = 0; i < y.Length; i++)
        {
            y[i] += factor * x[i];
        }
    }

    private static double Norm(ReadOnlySpan<double> x) => Math.Sqrt(Dot(x, x));

    private static void Scale(Span<double> x, double factor)
    {
        for (var i = 0; i < x.Length; i++)
        {
            x[i] *= factor;
        }
    }
}
