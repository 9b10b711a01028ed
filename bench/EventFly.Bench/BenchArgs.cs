using System.Globalization;

namespace EventFly.Bench;

internal static class BenchArgs
{
    /// <summary>The whole number at <paramref name="index"/> of a benchmark's arguments, or <paramref name="fallback"/> when not given.</summary>
    public static int IntAt(this string[] args, int index, int fallback) =>
        args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
}
