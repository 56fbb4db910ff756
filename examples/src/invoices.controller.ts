import { Body, Controller, Delete, Get, HttpCode, HttpException, HttpStatus, Param, Post } from '@nestjs/common';

interface Invoice {
  id: string;
  total: number;
}

@Controller('invoices')
export class InvoicesController {
  private readonly invoices = new Map<string, Invoice>();

  @Get(':id')
  find(@Param('id') id: string): Invoice {
    const invoice = this.invoices.get(id);
    if (!invoice) throw new HttpException('Invoice not found', 404);
    return invoice;
  }

  @Post()
  create(@Body() invoice: Invoice): Invoice {
    this.invoices.set(invoice.id, invoice);
    return invoice;
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@Param('id') id: string): void {
    this.invoices.delete(id);
  }

  @Get('teapot')
  @HttpCode(HttpStatus.I_AM_A_TEAPOT)
  brew(): string {
    return 'short and stout';
  }
}
