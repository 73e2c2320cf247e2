using TeamsMockBot.AppPackage.Png;

namespace TeamsMockBot.AppPackage.Icons;

/// <summary>
/// A tiny anti-aliased painter: a shape is a point-in-shape test in pixel coordinates
/// (pixel (0,0) covers [0,1)x[0,1)); each pixel is sampled on a 4x4 grid and the paint is
/// composited "source over" with straight alpha. Deterministic, no fonts, no libraries.
/// </summary>
internal sealed class Canvas
{
    private const int Samples = 4;

    public Canvas(int width, int height) => Image = new RgbaImage(width, height);

    public RgbaImage Image { get; }

    public void Fill(Func<double, double, bool> shape, Rgba32 paint)
    {
        for (var y = 0; y < Image.Height; y++)
        {
            for (var x = 0; x < Image.Width; x++)
            {
                var hits = 0;
                for (var sy = 0; sy < Samples; sy++)
                {
                    for (var sx = 0; sx < Samples; sx++)
                    {
                        if (shape(x + ((sx + 0.5) / Samples), y + ((sy + 0.5) / Samples)))
                        {
                            hits++;
                        }
                    }
                }

                if (hits > 0)
                {
                    Image[x, y] = Over(paint, hits / (double)(Samples * Samples), Image[x, y]);
                }
            }
        }
    }

    /// <summary>Removes paint where the shape is (used to cut holes in the outline icon).</summary>
    public void Erase(Func<double, double, bool> shape)
    {
        for (var y = 0; y < Image.Height; y++)
        {
            for (var x = 0; x < Image.Width; x++)
            {
                var hits = 0;
                for (var sy = 0; sy < Samples; sy++)
                {
                    for (var sx = 0; sx < Samples; sx++)
                    {
                        if (shape(x + ((sx + 0.5) / Samples), y + ((sy + 0.5) / Samples)))
                        {
                            hits++;
                        }
                    }
                }

                if (hits > 0)
                {
                    var p = Image[x, y];
                    var keep = 1 - (hits / (double)(Samples * Samples));
                    var alpha = (byte)Math.Round(p.A * keep);
                    Image[x, y] = alpha == 0 ? Rgba32.Transparent : p with { A = alpha };
                }
            }
        }
    }

    private static Rgba32 Over(Rgba32 paint, double coverage, Rgba32 under)
    {
        var sa = paint.A / 255.0 * coverage;
        var da = under.A / 255.0;
        var outA = sa + (da * (1 - sa));
        if (outA <= 0)
        {
            return Rgba32.Transparent;
        }

        byte Mix(byte s, byte d) => (byte)Math.Round(((s * sa) + (d * da * (1 - sa))) / outA);
        return new Rgba32(Mix(paint.R, under.R), Mix(paint.G, under.G), Mix(paint.B, under.B), (byte)Math.Round(outA * 255));
    }
}
