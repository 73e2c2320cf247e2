using TeamsMockBot.AppPackage.Png;

namespace TeamsMockBot.AppPackage.Icons;

/// <summary>
/// Draws the two Teams icons: a speech bubble (the conversation of an interview) holding a
/// stopwatch (every question is timed). Colour: 192x192 on the accent colour. Outline: 32x32,
/// white on transparent, as Teams requires.
/// </summary>
public static class IconPainter
{
    /// <summary>The accent colour, also used as <c>accentColor</c> in the manifest.</summary>
    public const string AccentColor = "#4F46E5";

    public const int ColorSize = 192;

    public const int OutlineSize = 32;

    public static RgbaImage DrawColor()
    {
        var canvas = new Canvas(ColorSize, ColorSize);
        var accent = Rgba32.FromHex(AccentColor);
        canvas.Fill((_, _) => true, accent);

        // The bubble, with its tail at the lower left.
        canvas.Fill(
            Shapes.Union(
                Shapes.RoundedRectangle(36, 38, 156, 134, 24),
                Shapes.Triangle(56, 126, 92, 126, 50, 160)),
            Rgba32.White);

        // The stopwatch: crown, button, dial and hand.
        canvas.Fill(Shapes.RoundedRectangle(89, 50, 103, 58, 2), accent);
        canvas.Fill(Shapes.Stroke(94, 56, 98, 56, 6), accent);
        canvas.Fill(Shapes.Stroke(122, 68, 127, 63, 6), accent);
        canvas.Fill(Shapes.Ring(96, 92, 30, 7), accent);
        canvas.Fill(Shapes.Stroke(96, 92, 96, 74, 6), accent);
        canvas.Fill(Shapes.Stroke(96, 92, 108, 99, 6), accent);
        canvas.Fill(Shapes.Circle(96, 92, 5), accent);
        return canvas.Image;
    }

    public static RgbaImage DrawOutline()
    {
        var canvas = new Canvas(OutlineSize, OutlineSize);
        var white = Rgba32.White;

        // Bubble outline: a filled bubble with its inside cut away leaves a 2 px border.
        canvas.Fill(
            Shapes.Union(
                Shapes.RoundedRectangle(3, 4, 29, 24, 5),
                Shapes.Triangle(7, 22, 14, 22, 6, 29)),
            white);
        canvas.Erase(Shapes.RoundedRectangle(5, 6, 27, 22, 3));
        canvas.Erase(Shapes.Triangle(8.5, 21, 12, 21, 8, 25));

        // Stopwatch hands inside the bubble.
        canvas.Fill(Shapes.Ring(16, 14, 6, 1.6), white);
        canvas.Fill(Shapes.Stroke(16, 14, 16, 10.5, 1.6), white);
        canvas.Fill(Shapes.Stroke(16, 14, 18.5, 15.5, 1.6), white);
        return canvas.Image;
    }
}
