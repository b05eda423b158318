#include "app/cli/CliApp.h"

int main(int argc, char** argv)
{
    return grove::cli::run(argc, argv);
}
