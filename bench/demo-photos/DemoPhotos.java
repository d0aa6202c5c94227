import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.FileImageOutputStream;

/**
 * Draws the demo shops' photos once, as flat illustrations (no photo files exist to start from):
 * a storefront per shop with its name on the sign, a service bay with a car on a lift, a tool
 * wall, a tyre rack and a waiting room. Run from the project root with {@code bench/demo-photos/run.sh};
 * the JPEGs land in src/main/resources/demo/photos/ and are committed. Not part of the app.
 */
public class DemoPhotos {

  static final int W = 1200;
  static final int H = 800;
  static final Color TEAL = new Color(0x0f, 0x5e, 0x5f);
  static final Color AMBER = new Color(0xe8, 0xa3, 0x3d);
  static final Color INK = new Color(0x22, 0x2b, 0x33);

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/demo/photos");
    Files.createDirectories(out);
    write(out.resolve("storefront-plateau.jpg"), storefront("GARAGE DU PLATEAU", new Color(0xb5, 0x5a, 0x3c), TEAL, 1));
    write(out.resolve("storefront-rosemont.jpg"), storefront("ATELIER ROSEMONT", new Color(0xd9, 0xd2, 0xc3), new Color(0x8a, 0x2b, 0x2b), 2));
    write(out.resolve("storefront-eastside.jpg"), storefront("EASTSIDE AUTO", new Color(0xe9, 0xdc, 0xc0), new Color(0x1f, 0x4e, 0x8c), 3));
    write(out.resolve("storefront-masson.jpg"), storefront("PNEUS MASSON", new Color(0x9a, 0xa3, 0xab), AMBER.darker(), 4));
    write(out.resolve("service-bay.jpg"), bay());
    write(out.resolve("tool-wall.jpg"), toolWall());
    write(out.resolve("tyre-rack.jpg"), tyreRack());
    write(out.resolve("waiting-room.jpg"), waitingRoom());
  }

  static Graphics2D begin(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    return g;
  }

  static BufferedImage storefront(String name, Color wall, Color accent, int seed) {
    var image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = begin(image);
    g.setPaint(new GradientPaint(0, 0, new Color(0x9f, 0xc9, 0xe6), 0, 420, new Color(0xe4, 0xf0, 0xf6)));
    g.fillRect(0, 0, W, H);
    // clouds
    g.setColor(new Color(255, 255, 255, 200));
    for (int i = 0; i < 3; i++) {
      int x = 120 + i * 380 + seed * 30, y = 60 + (i % 2) * 40;
      g.fill(new Ellipse2D.Double(x, y, 140, 46));
      g.fill(new Ellipse2D.Double(x + 50, y - 22, 110, 60));
      g.fill(new Ellipse2D.Double(x + 110, y + 4, 100, 40));
    }
    // building
    g.setColor(wall);
    g.fillRect(80, 170, 1040, 480);
    if (seed == 1) { // brick courses
      g.setColor(new Color(0, 0, 0, 22));
      for (int y = 180; y < 650; y += 18) {
        g.drawLine(80, y, 1120, y);
        for (int x = 80 + ((y / 18) % 2) * 20; x < 1120; x += 40) {
          g.drawLine(x, y, x, y + 18);
        }
      }
    }
    g.setColor(wall.darker());
    g.fillRect(70, 160, 1060, 22);
    // sign
    g.setColor(accent);
    g.fill(new RoundRectangle2D.Double(230, 200, 740, 92, 14, 14));
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 50));
    var metrics = g.getFontMetrics();
    g.drawString(name, 600 - metrics.stringWidth(name) / 2, 264);
    // two garage doors, the first open on a car inside
    for (int d = 0; d < 2; d++) {
      int x = 130 + d * 330;
      g.setColor(wall.darker().darker());
      g.fillRect(x - 12, 318, 304, 332);
      if (d == 0) {
        g.setColor(new Color(0x3a, 0x40, 0x46));
        g.fillRect(x, 330, 280, 320);
        g.setColor(new Color(0xff, 0xf4, 0xd6, 120));
        g.fillRect(x + 20, 336, 240, 8);
        car(g, x + 20, 520, 240, new Color(0xc8, 0x3c, 0x32));
        g.setColor(new Color(0xdd, 0xdd, 0xdd));
        g.fillRect(x, 330, 280, 40);
      } else {
        g.setColor(new Color(0xe6, 0xe8, 0xea));
        g.fillRect(x, 330, 280, 320);
        g.setColor(new Color(0, 0, 0, 40));
        for (int y = 352; y < 650; y += 26) {
          g.drawLine(x, y, x + 280, y);
        }
        g.setColor(new Color(0x9a, 0xb8, 0xc8));
        for (int i = 0; i < 4; i++) {
          g.fillRect(x + 20 + i * 66, 400, 50, 22);
        }
      }
    }
    // office: window and door
    g.setColor(Color.WHITE);
    g.fillRect(810, 330, 180, 150);
    g.setColor(new Color(0x7d, 0xa9, 0xc4));
    g.fillRect(820, 340, 160, 130);
    g.setColor(new Color(255, 255, 255, 90));
    g.fill(polygon(830, 460, 900, 340, 940, 340, 870, 460));
    g.setColor(accent.darker());
    g.fillRect(1010, 400, 80, 250);
    g.setColor(new Color(0xa9, 0xc7, 0xd8));
    g.fillRect(1022, 414, 56, 100);
    g.setColor(AMBER);
    g.fillOval(1068, 530, 10, 10);
    // awning over the office
    g.setColor(accent);
    g.fill(polygon(800, 310, 1100, 310, 1120, 360, 780, 360));
    g.setColor(new Color(255, 255, 255, 70));
    for (int x = 800; x < 1100; x += 50) {
      g.fill(polygon(x, 310, x + 25, 310, x + 20, 360, x - 5, 360));
    }
    // ground
    g.setColor(new Color(0x8d, 0x93, 0x99));
    g.fillRect(0, 650, W, 150);
    g.setColor(new Color(0xb8, 0xbd, 0xc2));
    g.fillRect(0, 650, W, 26);
    g.setColor(new Color(255, 255, 255, 160));
    for (int x = 40; x < W; x += 160) {
      g.fillRect(x, 740, 90, 8);
    }
    car(g, 700 + seed * 40, 700, 300, seed % 2 == 0 ? new Color(0x2f, 0x6f, 0xa8) : new Color(0x44, 0x4c, 0x54));
    tree(g, 40, 650);
    g.dispose();
    return image;
  }

  /** A car seen from the side, wheels on {@code groundY}. */
  static void car(Graphics2D g, int x, int groundY, int length, Color body) {
    double s = length / 300.0;
    int top = (int) (groundY - 110 * s);
    Path2D shape = new Path2D.Double();
    shape.moveTo(x, groundY - 30 * s);
    shape.lineTo(x, groundY - 62 * s);
    shape.quadTo(x + 10 * s, groundY - 74 * s, x + 60 * s, groundY - 78 * s);
    shape.lineTo(x + 95 * s, top);
    shape.lineTo(x + 200 * s, top);
    shape.lineTo(x + 240 * s, groundY - 76 * s);
    shape.quadTo(x + 296 * s, groundY - 70 * s, x + 300 * s, groundY - 50 * s);
    shape.lineTo(x + 300 * s, groundY - 30 * s);
    shape.closePath();
    g.setColor(body);
    g.fill(shape);
    g.setColor(new Color(0xcf, 0xe3, 0xee));
    g.fill(polygon(x + 102 * s, top + 8 * s, x + 145 * s, top + 8 * s, x + 145 * s, groundY - 80 * s, x + 78 * s, groundY - 80 * s));
    g.fill(polygon(x + 155 * s, top + 8 * s, x + 196 * s, top + 8 * s, x + 228 * s, groundY - 80 * s, x + 155 * s, groundY - 80 * s));
    g.setColor(new Color(0, 0, 0, 50));
    g.fillRect((int) x, (int) (groundY - 46 * s), length, (int) (4 * s) + 1);
    g.setColor(new Color(0xff, 0xe8, 0xa0));
    g.fillRect((int) (x + 288 * s), (int) (groundY - 60 * s), (int) (10 * s) + 1, (int) (8 * s) + 1);
    wheel(g, x + 62 * s, groundY - 22 * s, 26 * s);
    wheel(g, x + 238 * s, groundY - 22 * s, 26 * s);
  }

  static void wheel(Graphics2D g, double cx, double cy, double r) {
    g.setColor(new Color(0x1c, 0x1f, 0x22));
    g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    g.setColor(new Color(0xb0, 0xb6, 0xbc));
    g.fill(new Ellipse2D.Double(cx - r * 0.55, cy - r * 0.55, r * 1.1, r * 1.1));
    g.setColor(new Color(0x6a, 0x70, 0x76));
    g.fill(new Ellipse2D.Double(cx - r * 0.18, cy - r * 0.18, r * 0.36, r * 0.36));
  }

  static void tree(Graphics2D g, int x, int groundY) {
    g.setColor(new Color(0x6b, 0x4a, 0x2f));
    g.fillRect(x + 26, groundY - 120, 14, 120);
    g.setColor(new Color(0x4f, 0x8a, 0x4b));
    g.fillOval(x - 10, groundY - 230, 90, 90);
    g.setColor(new Color(0x5f, 0x9e, 0x58));
    g.fillOval(x + 14, groundY - 200, 80, 80);
    g.fillOval(x - 24, groundY - 180, 76, 70);
  }

  static BufferedImage bay() {
    var image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = begin(image);
    g.setPaint(new GradientPaint(0, 0, new Color(0xdf, 0xe4, 0xe8), 0, 540, new Color(0xc9, 0xd0, 0xd6)));
    g.fillRect(0, 0, W, 540);
    g.setColor(TEAL);
    g.fillRect(0, 380, W, 160);
    g.setColor(new Color(255, 255, 255, 60));
    g.fillRect(0, 380, W, 8);
    // lights
    for (int i = 0; i < 3; i++) {
      int x = 150 + i * 350;
      g.setPaint(new RadialGradientPaint(x + 100, 40, 260, new float[] {0f, 1f}, new Color[] {new Color(255, 255, 240, 120), new Color(255, 255, 240, 0)}));
      g.fillRect(x - 160, 0, 520, 300);
      g.setColor(new Color(0xfc, 0xfc, 0xf4));
      g.fillRect(x, 30, 200, 18);
    }
    // floor
    g.setPaint(new GradientPaint(0, 540, new Color(0x9a, 0xa4, 0xab), 0, H, new Color(0x6f, 0x79, 0x80)));
    g.fillRect(0, 540, W, 260);
    g.setColor(AMBER);
    g.setStroke(new BasicStroke(8));
    g.drawLine(120, 800, 260, 560);
    g.drawLine(1080, 800, 940, 560);
    // two-post lift with a raised car
    g.setColor(new Color(0x33, 0x3a, 0x40));
    g.fillRect(250, 150, 46, 420);
    g.fillRect(904, 150, 46, 420);
    g.setColor(AMBER);
    g.fillRect(250, 150, 46, 30);
    g.fillRect(904, 150, 46, 30);
    g.setColor(new Color(0x55, 0x5d, 0x64));
    g.fillRect(296, 392, 150, 14);
    g.fillRect(754, 392, 150, 14);
    car(g, 300, 392, 600, new Color(0x2f, 0x6f, 0xa8));
    // shadow
    g.setColor(new Color(0, 0, 0, 40));
    g.fillOval(320, 600, 560, 40);
    // tool cart
    g.setColor(new Color(0xc8, 0x3c, 0x32));
    g.fill(new RoundRectangle2D.Double(1000, 470, 150, 150, 10, 10));
    g.setColor(new Color(0, 0, 0, 60));
    for (int y = 500; y < 610; y += 36) {
      g.fillRect(1010, y, 130, 4);
    }
    wheel(g, 1020, 632, 12);
    wheel(g, 1130, 632, 12);
    // oil drain
    g.setColor(AMBER);
    g.fillRect(560, 520, 80, 90);
    g.setColor(INK);
    g.fillRect(594, 430, 12, 90);
    g.dispose();
    return image;
  }

  static BufferedImage toolWall() {
    var image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = begin(image);
    g.setColor(new Color(0xd8, 0xc4, 0xa4));
    g.fillRect(0, 0, W, H);
    g.setColor(new Color(0xb9, 0xa4, 0x82));
    for (int y = 30; y < 560; y += 30) {
      for (int x = 30; x < W; x += 30) {
        g.fillOval(x - 3, y - 3, 6, 6);
      }
    }
    Random random = new Random(7);
    Color steel = new Color(0x8e, 0x98, 0xa1);
    // wrenches, longest first
    for (int i = 0; i < 9; i++) {
      int x = 90 + i * 56;
      int length = 300 - i * 20;
      g.setColor(steel);
      g.fill(new RoundRectangle2D.Double(x, 90, 18, length, 14, 14));
      g.fill(new Ellipse2D.Double(x - 12, 70, 42, 42));
      g.setColor(new Color(0xd8, 0xc4, 0xa4));
      g.fill(new Ellipse2D.Double(x - 2, 62, 22, 26));
      g.setColor(steel);
      g.fill(new Ellipse2D.Double(x - 8, 90 + length - 18, 34, 34));
    }
    // screwdrivers
    Color[] handles = {new Color(0xc8, 0x3c, 0x32), AMBER, TEAL, new Color(0x2f, 0x6f, 0xa8), new Color(0xc8, 0x3c, 0x32)};
    for (int i = 0; i < handles.length; i++) {
      int x = 640 + i * 60;
      g.setColor(handles[i]);
      g.fill(new RoundRectangle2D.Double(x, 80, 30, 100, 12, 12));
      g.setColor(steel);
      g.fillRect(x + 11, 180, 8, 110 + random.nextInt(40));
    }
    // hammer and pliers
    g.setColor(new Color(0x8a, 0x5a, 0x35));
    g.fillRect(990, 110, 20, 210);
    g.setColor(new Color(0x4a, 0x52, 0x58));
    g.fill(new RoundRectangle2D.Double(950, 80, 100, 40, 8, 8));
    g.setColor(new Color(0xc8, 0x3c, 0x32));
    g.setStroke(new BasicStroke(16, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.drawLine(1090, 130, 1070, 320);
    g.drawLine(1120, 130, 1140, 320);
    g.setColor(steel);
    g.fill(new Ellipse2D.Double(1085, 90, 40, 60));
    // workbench and chest
    g.setColor(new Color(0x7a, 0x55, 0x34));
    g.fillRect(0, 560, W, 40);
    g.setColor(new Color(0x3a, 0x40, 0x46));
    g.fillRect(0, 600, W, 200);
    g.setColor(new Color(0xc8, 0x3c, 0x32));
    g.fill(new RoundRectangle2D.Double(700, 420, 420, 140, 10, 10));
    g.setColor(new Color(0x9e, 0x2c, 0x24));
    for (int y = 440; y < 550; y += 34) {
      g.fillRect(720, y, 380, 24);
      g.setColor(new Color(0xd9, 0xdd, 0xe0));
      g.fillRect(880, y + 8, 60, 6);
      g.setColor(new Color(0x9e, 0x2c, 0x24));
    }
    // torque wrench and a rag on the bench
    g.setColor(steel);
    g.fill(new RoundRectangle2D.Double(120, 535, 360, 18, 10, 10));
    g.setColor(AMBER);
    g.fill(new RoundRectangle2D.Double(380, 531, 100, 26, 12, 12));
    g.setColor(new Color(0x2f, 0x6f, 0xa8));
    g.fill(polygon(540, 560, 600, 532, 650, 545, 630, 560));
    g.dispose();
    return image;
  }

  static BufferedImage tyreRack() {
    var image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = begin(image);
    g.setColor(new Color(0xdc, 0xe1, 0xe5));
    g.fillRect(0, 0, W, H);
    for (int shelf = 0; shelf < 3; shelf++) {
      int y = 250 + shelf * 230;
      g.setColor(TEAL);
      g.fillRect(40, y, 1120, 18);
      for (int i = 0; i < 7; i++) {
        int x = 75 + i * 152;
        g.setColor(new Color(0x1f, 0x23, 0x26));
        g.fill(new RoundRectangle2D.Double(x, y - 200, 132, 200, 48, 48));
        g.setColor(new Color(0x3a, 0x40, 0x45));
        g.fillRect(x + 40, y - 186, 14, 172);
        g.fillRect(x + 78, y - 186, 14, 172);
      }
    }
    g.setColor(AMBER);
    g.fillRect(40, 20, 6, 760);
    g.fillRect(1154, 20, 6, 760);
    g.setColor(Color.WHITE);
    g.fill(new RoundRectangle2D.Double(460, 8, 280, 34, 10, 10));
    g.setColor(INK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
    g.drawString("WINTER · HIVER", 510, 33);
    g.dispose();
    return image;
  }

  static BufferedImage waitingRoom() {
    var image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = begin(image);
    g.setColor(new Color(0xf1, 0xea, 0xdd));
    g.fillRect(0, 0, W, H);
    // window onto the bay
    g.setColor(Color.WHITE);
    g.fillRect(620, 110, 500, 300);
    g.setColor(new Color(0xa9, 0xc7, 0xd8));
    g.fillRect(634, 124, 472, 272);
    car(g, 700, 380, 320, new Color(0xc8, 0x3c, 0x32));
    g.setColor(new Color(255, 255, 255, 80));
    g.fill(polygon(660, 396, 760, 124, 820, 124, 720, 396));
    // clock
    g.setColor(Color.WHITE);
    g.fillOval(300, 90, 110, 110);
    g.setColor(INK);
    g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.drawOval(300, 90, 110, 110);
    g.drawLine(355, 145, 355, 108);
    g.drawLine(355, 145, 382, 158);
    // floor and counter
    g.setColor(new Color(0xb9, 0x93, 0x6c));
    g.fillRect(0, 600, W, 200);
    g.setColor(TEAL);
    g.fillRect(580, 430, 600, 190);
    g.setColor(new Color(0xe7, 0xde, 0xcf));
    g.fillRect(570, 420, 620, 22);
    g.setColor(INK);
    g.fillRect(860, 360, 120, 64);
    g.setColor(new Color(0x7d, 0xa9, 0xc4));
    g.fillRect(868, 368, 104, 48);
    // chairs
    for (int i = 0; i < 3; i++) {
      int x = 70 + i * 160;
      g.setColor(AMBER);
      g.fill(new RoundRectangle2D.Double(x, 400, 120, 120, 22, 22));
      g.fill(new RoundRectangle2D.Double(x, 500, 130, 40, 14, 14));
      g.setColor(new Color(0x4a, 0x52, 0x58));
      g.fillRect(x + 14, 540, 10, 70);
      g.fillRect(x + 106, 540, 10, 70);
    }
    // plant and coffee
    g.setColor(new Color(0xa8, 0x55, 0x3a));
    g.fill(polygon(520, 610, 570, 610, 560, 540, 530, 540));
    g.setColor(new Color(0x4f, 0x8a, 0x4b));
    for (int i = 0; i < 5; i++) {
      g.fill(new Ellipse2D.Double(500 + i * 14, 420 + (i % 2) * 30, 30, 110));
    }
    g.setColor(Color.WHITE);
    g.fill(new RoundRectangle2D.Double(640, 384, 34, 40, 8, 8));
    g.setColor(new Color(0x6b, 0x4a, 0x2f));
    g.fillRect(644, 390, 26, 6);
    g.dispose();
    return image;
  }

  static Path2D polygon(double... points) {
    Path2D path = new Path2D.Double();
    path.moveTo(points[0], points[1]);
    for (int i = 2; i < points.length; i += 2) {
      path.lineTo(points[i], points[i + 1]);
    }
    path.closePath();
    return path;
  }

  static void write(Path file, BufferedImage image) throws IOException {
    var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    Files.deleteIfExists(file); // the stream would not truncate an older, longer file
    try (var out = new FileImageOutputStream(file.toFile())) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.75f);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    System.out.println(file + " " + Files.size(file) / 1024 + " KB");
  }
}
