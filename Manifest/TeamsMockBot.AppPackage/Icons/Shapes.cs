namespace TeamsMockBot.AppPackage.Icons;

/// <summary>Point-in-shape tests used by <see cref="Canvas"/>.</summary>
internal static class Shapes
{
    public static Func<double, double, bool> RoundedRectangle(double left, double top, double right, double bottom, double radius) =>
        (x, y) =>
        {
            if (x < left || x > right || y < top || y > bottom)
            {
                return false;
            }

            var cx = Math.Clamp(x, left + radius, right - radius);
            var cy = Math.Clamp(y, top + radius, bottom - radius);
            return Square(x - cx) + Square(y - cy) <= radius * radius;
        };

    public static Func<double, double, bool> Circle(double cx, double cy, double radius) =>
        (x, y) => Square(x - cx) + Square(y - cy) <= radius * radius;

    public static Func<double, double, bool> Ring(double cx, double cy, double outerRadius, double thickness)
    {
        var outer = Circle(cx, cy, outerRadius);
        var inner = Circle(cx, cy, outerRadius - thickness);
        return (x, y) => outer(x, y) && !inner(x, y);
    }

    /// <summary>A line segment with round caps ("capsule") of the given width.</summary>
    public static Func<double, double, bool> Stroke(double x1, double y1, double x2, double y2, double width) =>
        (x, y) =>
        {
            var dx = x2 - x1;
            var dy = y2 - y1;
            var t = Math.Clamp((((x - x1) * dx) + ((y - y1) * dy)) / ((dx * dx) + (dy * dy)), 0, 1);
            return Square(x - (x1 + (t * dx))) + Square(y - (y1 + (t * dy))) <= Square(width / 2);
        };

    public static Func<double, double, bool> Triangle(double ax, double ay, double bx, double by, double cx, double cy) =>
        (x, y) =>
        {
            var d1 = Cross(x, y, ax, ay, bx, by);
            var d2 = Cross(x, y, bx, by, cx, cy);
            var d3 = Cross(x, y, cx, cy, ax, ay);
            var hasNegative = d1 < 0 || d2 < 0 || d3 < 0;
            var hasPositive = d1 > 0 || d2 > 0 || d3 > 0;
            return !(hasNegative && hasPositive);
        };

    public static Func<double, double, bool> Union(params Func<double, double, bool>[] shapes) =>
        (x, y) => shapes.Any(s => s(x, y));

    private static double Cross(double px, double py, double ax, double ay, double bx, double by) =>
        ((px - bx) * (ay - by)) - ((ax - bx) * (py - by));

    private static double Square(double v) => v * v;
}
