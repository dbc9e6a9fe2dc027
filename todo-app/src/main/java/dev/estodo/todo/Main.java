package dev.estodo.todo;

public final class Main {
  public static void main(String[] args) {
    System.out.println("estodo");
  }
}
