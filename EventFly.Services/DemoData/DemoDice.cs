namespace EventFly.Services.DemoData;

/// <summary>The demo history's chance: seeded, so every fresh start tells the same story (dated from its own day).</summary>
internal sealed class DemoDice(int seed)
{
#pragma warning disable CA5394 // Demo data, not security.
    private readonly Random _random = new(seed);

    /// <summary>A number from 0 (inclusive) to 1 (exclusive).</summary>
    public double Next() => _random.NextDouble();

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both inclusive.</summary>
    public int Between(int min, int max) => _random.Next(min, max + 1);
#pragma warning restore CA5394

    public bool Chance(double probability) => Next() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Between(0, items.Count - 1)];

    /// <summary>One of <paramref name="choices"/>, each as likely as its weight.</summary>
    public T PickWeighted<T>(IReadOnlyList<(T Item, double Weight)> choices)
    {
        var roll = Next() * choices.Sum(c => c.Weight);
        foreach (var (item, weight) in choices)
        {
            if (roll < weight) return item;
            roll -= weight;
        }
        return choices[^1].Item;
    }

    /// <summary>A value between <paramref name="min"/> and <paramref name="max"/>, most likely near <paramref name="mode"/> (triangular).</summary>
    public double Triangular(double min, double mode, double max)
    {
        var u = Next();
        var split = (mode - min) / (max - min);
        return u < split ? min + Math.Sqrt(u * (max - min) * (mode - min)) : max - Math.Sqrt((1 - u) * (max - min) * (max - mode));
    }

    /// <summary>A waiting time with the given mean, short ones most likely (exponential), at most <paramref name="max"/>.</summary>
    public TimeSpan Wait(TimeSpan mean, TimeSpan max) => TimeSpan.FromTicks(Math.Min(max.Ticks, (long)(-Math.Log(1 - Next()) * mean.Ticks)));
}
