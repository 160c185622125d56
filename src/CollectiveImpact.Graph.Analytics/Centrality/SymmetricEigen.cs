namespace CollectiveImpact.Graph.Analytics.Centrality;

/// <summary>
/// The largest eigenvalue of a small dense symmetric matrix and its unit eigenvector, by cyclic Jacobi rotations
/// (Golub and Van Loan, <i>Matrix Computations</i>, 4th ed., 2013, § 8.5): robust, and fast enough for the Lanczos
/// projections it serves (a few dozen rows).
/// </summary>
internal static class SymmetricEigen
{
    private const int MaxSweeps = 100;

    /// <summary>
    /// Eigen-decomposes <paramref name="matrix"/> (row-major, <paramref name="size"/>², overwritten) and returns its
    /// eigenvalues, descending, with their unit eigenvectors as the columns of <paramref name="vectors"/> in the same
    /// order.
    /// </summary>
    public static double[] Decompose(double[] matrix, int size, double[] vectors)
    {
        Array.Clear(vectors, 0, size * size);
        for (var i = 0; i < size; i++)
        {
            vectors[(i * size) + i] = 1.0;
        }

        for (var sweep = 0; sweep < MaxSweeps; sweep++)
        {
            var offDiagonal = 0.0;
            var diagonal = 0.0;
            for (var p = 0; p < size; p++)
            {
                diagonal += matrix[(p * size) + p] * matrix[(p * size) + p];
                for (var q = p + 1; q < size; q++)
                {
                    offDiagonal += matrix[(p * size) + q] * matrix[(p * size) + q];
                }
            }

            if (offDiagonal <= 1e-30 * Math.Max(diagonal, double.Epsilon))
            {
                break;
            }

            for (var p = 0; p < size; p++)
            {
                for (var q = p + 1; q < size; q++)
                {
                    Rotate(matrix, vectors, size, p, q);
                }
            }
        }

        var values = new double[size];
        var order = new int[size];
        for (var i = 0; i < size; i++)
        {
            values[i] = -matrix[(i * size) + i];
            order[i] = i;
        }

        Array.Sort(values, order);
        var sorted = new double[size * size];
        for (var column = 0; column < size; column++)
        {
            values[column] = -values[column];
            for (var row = 0; row < size; row++)
            {
                sorted[(row * size) + column] = vectors[(row * size) + order[column]];
            }
        }

        sorted.CopyTo(vectors, 0);
        return values;
    }

    private static void Rotate(double[] a, double[] v, int n, int p, int q)
    {
        var apq = a[(p * n) + q];
        if (apq == 0.0)
        {
            return;
        }

        var theta = (a[(q * n) + q] - a[(p * n) + p]) / (2.0 * apq);
        var t = (theta >= 0 ? 1.0 : -1.0) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1.0));
        var c = 1.0 / Math.Sqrt((t * t) + 1.0);
        var s = t * c;
        for (var k = 0; k < n; k++)
        {
            var akp = a[(k * n) + p];
            var akq = a[(k * n) + q];
            a[(k * n) + p] = (c * akp) - (s * akq);
            a[(k * n) + q] = (s * akp) + (c * akq);
        }

        for (var k = 0; k < n; k++)
        {
            var apk = a[(p * n) + k];
            var aqk = a[(q * n) + k];
            a[(p * n) + k] = (c * apk) - (s * aqk);
            a[(q * n) + k] = (s * apk) + (c * aqk);
        }

        for (var k = 0; k < n; k++)
        {
            var vkp = v[(k * n) + p];
            var vkq = v[(k * n) + q];
            v[(k * n) + p] = (c * vkp) - (s * vkq);
            v[(k * n) + q] = (s * vkp) + (c * vkq);
        }
    }
}
